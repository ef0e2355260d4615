"""Where takes come from: an input's origin read from its file, and a take's ancestors and children."""

from runway_desktop.core.lineage.graph import Node, ancestors, children, parents_of
from runway_desktop.core.lineage.origin import origin_from_record, origin_of_file, record_of_file

__all__ = [
    "Node",
    "ancestors",
    "children",
    "origin_from_record",
    "origin_of_file",
    "parents_of",
    "record_of_file",
]
