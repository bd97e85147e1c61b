"""The web app that reads a corpus store: articles with their attributions highlighted, speakers,
statements, the balance of voices per outlet, events, and stories: how each outlet told one event."""
from wortlaut.web.app import create_app

__all__ = ["create_app"]
