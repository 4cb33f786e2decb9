"""``python -m omgraph.bench``: run the scale benchmark (see :mod:`omgraph.bench.bench`)."""

import sys

from omgraph.bench.bench import main

if __name__ == "__main__":
    sys.exit(main())
