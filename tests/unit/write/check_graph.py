#!/usr/bin/env python3
"""Reads what vnkg wrote with the readers people use, and checks it.

  check_graph.py graphml FILE NODES EDGES   networkx.read_graphml
  check_graph.py json FILE NODES EDGES      networkx.node_link_graph
  check_graph.py csv NODES.csv EDGES.csv NODES EDGES   the csv module

Checks the counts, the attribute types (mentions and r, g, b int, weight
float > 0, strings elsewhere), that every edge has a relation and a label,
and that Vietnamese text comes back as written. Exit 0 when all holds, 1
otherwise (with the reason on stderr), 77 when networkx is missing.
"""

import csv
import json
import math
import sys

NODE_KEYS = ["kg_id", "type", "label", "aliases", "sources", "mentions", "date",
             "date_precision", "rank", "kind", "number"]
EDGE_KEYS = ["relation", "label", "role", "rank", "date", "source", "evidence", "weight"]
# in JSON and CSV the edge key "source" (the article id) is named "article"
JSON_EDGE_KEYS = ["relation", "label", "role", "rank", "date", "article", "evidence", "weight"]
TYPES = {"person", "body", "directive", "event", "place", ""}


def fail(msg):
    sys.stderr.write("check_graph: " + msg + "\n")
    sys.exit(1)


def need_networkx():
    try:
        import networkx  # noqa: F401
    except ImportError:
        sys.stderr.write("check_graph: networkx is not installed (apt-get install python3-networkx)\n")
        sys.exit(77)
    import networkx
    return networkx


def check_counts(what, nodes, edges, want_nodes, want_edges):
    if nodes != want_nodes or edges != want_edges:
        fail("%s: %d nodes and %d edges, expected %d and %d" % (what, nodes, edges, want_nodes, want_edges))


def check_weight(where, w):
    if not isinstance(w, float) or not math.isfinite(w) or w <= 0:
        fail("%s: weight %r is not a float > 0" % (where, w))


def graphml(path, want_nodes, want_edges):
    nx = need_networkx()
    g = nx.read_graphml(path)
    if not g.is_directed():
        fail("the graph is not directed")
    check_counts(path, g.number_of_nodes(), g.number_of_edges(), want_nodes, want_edges)
    for n, d in g.nodes(data=True):
        if "kg_id" not in d or not isinstance(d["kg_id"], str):
            fail("node %s has no kg_id string" % n)
        if d.get("type", "") not in TYPES:
            fail("node %s has type %r" % (n, d.get("type")))
        if "mentions" in d and not isinstance(d["mentions"], int):
            fail("node %s: mentions %r is not an int" % (n, d["mentions"]))
        for c in "rgb":
            if not isinstance(d.get(c), int) or not 0 <= d[c] <= 255:
                fail("node %s: colour %s=%r is not an int 0..255" % (n, c, d.get(c)))
        for k, v in d.items():
            if k not in NODE_KEYS and k not in "rgb":
                fail("node %s has an unexpected key %r" % (n, k))
    for u, v, d in g.edges(data=True):
        if not d.get("relation") or not d.get("label"):
            fail("edge %s -> %s has no relation or label" % (u, v))
        check_weight("edge %s -> %s" % (u, v), d.get("weight"))
    return g


def node_link(path, want_nodes, want_edges):
    nx = need_networkx()
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    for key in ("directed", "multigraph", "graph", "nodes", "links"):
        if key not in data:
            fail("no %r in the JSON" % key)
    g = nx.node_link_graph(data)
    if not g.is_directed() or not g.is_multigraph():
        fail("the JSON does not read as a directed multigraph")
    check_counts(path, g.number_of_nodes(), g.number_of_edges(), want_nodes, want_edges)
    for n, d in g.nodes(data=True):
        for k in NODE_KEYS:
            if k not in d:
                fail("node %s lacks %r" % (n, k))
        if d["kg_id"] != n:
            fail("node id %r is not its kg_id %r" % (n, d["kg_id"]))
        if not isinstance(d["mentions"], int):
            fail("node %s: mentions %r is not a number" % (n, d["mentions"]))
    for u, v, k, d in g.edges(keys=True, data=True):
        for key in JSON_EDGE_KEYS:
            if key not in d:
                fail("edge %s lacks %r" % (k, key))
        check_weight("edge %s" % k, float(d["weight"]))
    return g


def tables(nodes_path, edges_path, want_nodes, want_edges):
    for path in (nodes_path, edges_path):
        with open(path, "rb") as f:
            raw = f.read()
        if not raw.endswith(b"\r\n"):
            fail("%s does not end its last record with CRLF" % path)
    with open(nodes_path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f, strict=True))
    header = rows[0]
    if header[:2] != ["Id", "Label"] or "type" not in header or "mentions" not in header:
        fail("node header %r" % header)
    if any(len(r) != len(header) for r in rows):
        fail("%s: rows of different lengths" % nodes_path)
    ids = set(r[0] for r in rows[1:])
    with open(edges_path, newline="", encoding="utf-8") as f:
        erows = list(csv.reader(f, strict=True))
    eheader = erows[0]
    if eheader[:7] != ["Source", "Target", "Type", "Id", "Label", "Weight", "Kind"] or "evidence" not in eheader \
            or "article" not in eheader or "source" in eheader:
        fail("edge header %r" % eheader)
    if any(len(r) != len(eheader) for r in erows):
        fail("%s: rows of different lengths" % edges_path)
    for r in erows[1:]:
        if r[0] not in ids or r[1] not in ids:
            fail("edge %s: an end is not a node Id" % r[3])
        if r[2] != "Directed":
            fail("edge %s: type %r" % (r[3], r[2]))
        check_weight("edge %s" % r[3], float(r[5]))
    check_counts(nodes_path, len(rows) - 1, len(erows) - 1, want_nodes, want_edges)


def main(argv):
    if len(argv) >= 5 and argv[1] == "graphml":
        graphml(argv[2], int(argv[3]), int(argv[4]))
    elif len(argv) >= 5 and argv[1] == "json":
        node_link(argv[2], int(argv[3]), int(argv[4]))
    elif len(argv) >= 6 and argv[1] == "csv":
        tables(argv[2], argv[3], int(argv[4]), int(argv[5]))
    else:
        fail("usage: check_graph.py graphml|json FILE NODES EDGES | csv NODES.csv EDGES.csv NODES EDGES")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
