"""CaseDesk: offline case management for open-source investigators."""

import warnings

__version__ = "0.1.0"

# pyHanko imports cryptography's DSA types, and cryptography 51 deprecates them with a warning at
# that import: a note about a library's library, printed to every user's terminal on every command.
# CaseDesk makes no DSA signatures; only that warning, raised from pyHanko's modules, is silenced.
warnings.filterwarnings("ignore", message="DSA is deprecated", module=r"pyhanko(\.|$)")
