"""omgraph: German meeting minutes into a knowledge graph of organisations, people, working
groups, topics and decisions."""

__version__ = "0.1.0"
