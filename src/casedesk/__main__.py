from casedesk.cli import main

main()
