"""CaseDesk's words outside Qt: the report's catalogues and the core's messages, in English, French, Arabic.

- :mod:`.catalog`: TS files read with ``xml.etree``, plural rules;
- :mod:`.language`: one language of one catalogue, with its number formats;
- :mod:`.message`: :class:`Message`, made by :func:`msg` / :func:`msgn` in the core, shown by
  :func:`translate`;
- :mod:`.recorded`: text stored in English shown in another language (:func:`translate_recorded`);
- :mod:`.catalogs`: the maintainers' tool keeping both catalogue families in step with the source.

Nothing here imports Qt or the rest of CaseDesk: the core's errors are made of these messages.
"""

from __future__ import annotations

import os

from casedesk.i18n.catalog import LANGUAGE_VARIABLE, LANGUAGES, resolve
from casedesk.i18n.message import Message, as_message, msg, msgn, translate
from casedesk.i18n.recorded import translate_recorded


def environment_language() -> str:
    """The command line's language: ``CASEDESK_LANGUAGE`` if it names one CaseDesk has, else English."""
    return resolve(os.environ.get(LANGUAGE_VARIABLE)) or "en"


__all__ = [
    "LANGUAGES",
    "LANGUAGE_VARIABLE",
    "Message",
    "as_message",
    "environment_language",
    "msg",
    "msgn",
    "resolve",
    "translate",
    "translate_recorded",
]
