"""English: its data files (no spaCy component of its own)."""
