"""``casedesk access CASE [--grant ROLE [--write] | --revoke ROLE] [--json]``: who may read or change a
case of a team workspace (the database enforces it; only its administrator grants)."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from casedesk.core.service import CaseService
from casedesk.i18n import msg


def add_access_parser(sub: Any) -> None:
    access = sub.add_parser("access", help="show or change who may read or change a case (team workspace)")
    access.add_argument("case")
    change = access.add_mutually_exclusive_group()
    change.add_argument("--grant", metavar="ROLE", help="let a database role read the case")
    change.add_argument("--revoke", metavar="ROLE", help="take back a role's access")
    access.add_argument("--write", action="store_true", help="with --grant: let the role change the case too")
    access.add_argument("--json", action="store_true")


def run_access(svc: CaseService, args: argparse.Namespace, out: TextIO) -> int:
    from casedesk.cli_output import EXIT_OK, EXIT_USAGE, print_json, said

    case_id = svc.resolve_case(args.case)
    if args.write and not args.grant:
        out.write(said(msg("--write goes with --grant ROLE.")) + "\n")
        return EXIT_USAGE
    if args.grant:
        svc.grant_access(case_id, args.grant, write=args.write)
    elif args.revoke:
        svc.revoke_access(case_id, args.revoke)
    granted = svc.case_access(case_id)
    if args.json:
        print_json({"case_id": case_id, "open_to_team": not granted, "roles": granted}, out)
        return EXIT_OK
    if not granted:
        out.write(said(msg("Open to every role that may connect to the team database.")) + "\n")
    for grant in granted:
        line = (
            msg("{role}: may read and change", role=grant.role)
            if grant.can_write
            else msg("{role}: may read", role=grant.role)
        )
        out.write(said(line) + "\n")
    return EXIT_OK
