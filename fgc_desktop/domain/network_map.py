"""Where each person goes on the network map: the children at the centre, each side around them.

The layout is plain geometry so that the screen (Qt) and the referral summary (PDF) draw the
same picture from it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.network import Person, Role, Side

WIDTH, HEIGHT = 1000.0, 720.0
NODE_WIDTH, NODE_HEIGHT = 170.0, 50.0
_CENTRE = (WIDTH / 2, HEIGHT / 2)
_RADII = (395.0, 270.0)  # horizontal and vertical reach of the outer ring
_PER_RING = 5

# Direction (degrees, 0 = right, 90 = up) and spread of each side's arc.
_ARCS = {
    Side.MOTHERS: (180.0, 110.0),
    Side.FATHERS: (0.0, 110.0),
    Side.BOTH: (90.0, 50.0),
    Side.OUTSIDE: (270.0, 60.0),
}
_ROLE_ORDER = list(Role)


@dataclass(frozen=True)
class MapNode:
    """One person on the map: centre point, the two lines of text, and what they are."""

    person_id: str
    name: str
    caption: str
    role: Role
    side: Side
    x: float
    y: float
    is_child: bool


@dataclass(frozen=True)
class MapGroup:
    """A side of the family, labelled where its arc is."""

    side: Side
    label: str
    x: float
    y: float


@dataclass(frozen=True)
class NetworkMap:
    """Everything needed to draw the map in a WIDTH x HEIGHT box (y grows downwards)."""

    nodes: tuple[MapNode, ...]
    groups: tuple[MapGroup, ...]
    links: tuple[tuple[str, str], ...]
    width: float = WIDTH
    height: float = HEIGHT


def network_map(conference: Conference) -> NetworkMap:
    """Lay out a conference's network around its children."""
    children = conference.children
    nodes = list(_centre_nodes(children))
    groups = []
    for side, (direction, spread) in _ARCS.items():
        members = sorted(
            (p for p in conference.people if p.role is not Role.CHILD and p.side is side),
            key=lambda p: _ROLE_ORDER.index(p.role),
        )
        if not members:
            continue
        nodes += _arc_nodes(members, direction, spread)
        groups.append(MapGroup(side, side.label, *_label_point(direction)))
    centre_ids = [child.id for child in children]
    links = tuple(
        (_nearest_child(node, nodes, centre_ids), node.person_id)
        for node in nodes
        if not node.is_child and centre_ids
    )
    return NetworkMap(tuple(nodes), tuple(groups), links)


def _centre_nodes(children: list[Person]) -> list[MapNode]:
    cx, cy = _CENTRE
    gap = NODE_HEIGHT + 14
    top = cy - gap * (len(children) - 1) / 2
    return [
        MapNode(
            child.id, child.name, _caption(child), child.role, child.side, cx, top + i * gap, True
        )
        for i, child in enumerate(children)
    ]


def _arc_nodes(members: list[Person], direction: float, spread: float) -> list[MapNode]:
    rings = [members[i : i + _PER_RING] for i in range(0, len(members), _PER_RING)]
    nodes = []
    for ring_number, ring in enumerate(rings):
        # Later rings sit inside the first, so the map never grows past its box.
        scale = 1.0 - 0.3 * ring_number / max(len(rings) - 1, 1) if len(rings) > 1 else 1.0
        for i, person in enumerate(ring):
            share = (i + 0.5) / len(ring) - 0.5
            angle = math.radians(direction + spread * share)
            x = _CENTRE[0] + _RADII[0] * scale * math.cos(angle)
            y = _CENTRE[1] - _RADII[1] * scale * math.sin(angle)
            nodes.append(
                MapNode(
                    person.id, person.name, _caption(person), person.role, person.side,
                    _clamp(x, NODE_WIDTH / 2, WIDTH - NODE_WIDTH / 2),
                    _clamp(y, NODE_HEIGHT / 2 + 24, HEIGHT - NODE_HEIGHT / 2),
                    False,
                )
            )  # fmt: skip
    return nodes


def _label_point(direction: float) -> tuple[float, float]:
    angle = math.radians(direction)
    x = _CENTRE[0] + (_RADII[0] - 10) * math.cos(angle)
    y = _CENTRE[1] - (_RADII[1] + NODE_HEIGHT) * math.sin(angle)
    return _clamp(x, 90, WIDTH - 90), _clamp(y, 12, HEIGHT - 12)


def _caption(person: Person) -> str:
    return person.relationship or person.role.label


def _nearest_child(node: MapNode, nodes: list[MapNode], child_ids: list[str]) -> str:
    children = [n for n in nodes if n.person_id in child_ids]
    return min(children, key=lambda c: (c.x - node.x) ** 2 + (c.y - node.y) ** 2).person_id


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))
