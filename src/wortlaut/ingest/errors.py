"""The one error type that every input problem raises, so interfaces can report it cleanly."""


class InputError(ValueError):
    """An input that cannot be analysed, with a message meant for the user."""
