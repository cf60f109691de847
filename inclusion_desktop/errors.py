"""The root of every error a user can cause: a code of the catalogue and its parameters.

Each area's error (form, store, export file, table import, permissions, analysis, reports…)
subclasses AppError, so the command line catches AppError as a refusal and anything else as a
bug, and the GUI shows `error.render(QCoreApplication.translate)` (gui.messages.user_message).
An error is raised either with a catalogued code (`StoreError(code=Code.STORE_READ_ONLY,
path=…)`) or, while its sentence is not yet in the catalogue, with that French sentence, which
the area's pass-through code carries as `detail`.
"""

from __future__ import annotations

from typing import Any, ClassVar

from inclusion_desktop.catalogue import Code, Text, Translate, french


class AppError(Exception):
    """A refusal the user can understand: `code` (catalogue.Code) and `params` fill its message.

    Subclasses set `area_code`, the code of a message given as a French sentence.
    """

    area_code: ClassVar[Code] = Code.COMMAND

    def __init__(self, detail: str | None = None, *, code: Code | None = None, **params: Any):
        if code is None:
            code, params = self.area_code, {"detail": "" if detail is None else detail, **params}
        self.code = code
        self.params = params
        super().__init__(self.message)

    @property
    def text(self) -> Text:
        """The catalogued message of this error."""
        return Text(self.code, self.params)

    @property
    def message(self) -> str:
        """The message in French (the command line, the logs)."""
        return self.text.render()

    def render(self, translate: Translate = french) -> str:
        """The message in the language of `translate`."""
        return self.text.render(translate)

    def __str__(self) -> str:
        return self.message
