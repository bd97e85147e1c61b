"""``python -m wortlaut.cli`` (and ``spark-submit src/wortlaut/cli/__main__.py``): the command line."""
import sys

from wortlaut.cli import main

sys.exit(main())
