"""The web app that reads a corpus store: articles with their attributions highlighted, speakers,
statements and the balance of voices per outlet."""
from wortlaut.web.app import create_app

__all__ = ["create_app"]
