"""Where each person goes on the network map: the children at the centre, each side around them.

The layout is plain geometry so that the screen (Qt) and the referral summary (PDF) draw the
same picture from it.

People sit in the cells of a grid around the children: cells in different rows are at least a
box's height apart and cells in a row at least a box's width apart, so no two boxes overlap
(up to about 45 people; beyond that the rows close up and boxes may touch). Each side of the
family takes the free cells nearest its direction (mother's side left, father's right, both
sides above, friends and services below), the sides taking turns so a big side cannot crowd a
small one out of its place.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum
from itertools import zip_longest

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.network import Person, Role, Side

WIDTH, HEIGHT = 1000.0, 720.0
NODE_WIDTH, NODE_HEIGHT = 170.0, 50.0
_CENTRE = (WIDTH / 2, HEIGHT / 2)
_COLUMN_PITCH = 200.0  # five columns across the box, 30 units between boxes
# Row spacings from roomiest to tightest; the roomiest with enough free cells is used.
_ROW_PITCHES = (96.0, 84.0, 72.0, 64.0, 57.0, 50.0, 40.0)
_LABEL_ROOM = 24.0  # above the top row and below the bottom one, for a side's label
_CHILD_GAP = 14.0
_MOST_STRETCH = 1.45  # more, and a small family's lines grow longer than their boxes

# Direction of each side from the children (degrees, 0 = right, 90 = up).
_DIRECTIONS = {
    Side.MOTHERS: 180.0,
    Side.FATHERS: 0.0,
    Side.BOTH: 90.0,
    Side.OUTSIDE: 270.0,
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


Cell = tuple[float, float]


def network_map(conference: Conference) -> NetworkMap:
    """Lay out a conference's network around its children."""
    children = conference.children
    by_side = {
        side: sorted(
            (p for p in conference.people if p.role is not Role.CHILD and p.side is side),
            key=lambda p: _ROLE_ORDER.index(p.role),
        )
        for side in _DIRECTIONS
    }
    others = sum(len(members) for members in by_side.values())
    pitch = _row_pitch(len(children), others)
    nodes = _centre_nodes(children)
    placed = _spread(_place_sides(by_side, _free_cells(len(children), pitch)))
    nodes += [_node(person, x, y, is_child=False) for person, (x, y) in placed]
    groups = [
        _group(side, [n for n in nodes if n.side is side and not n.is_child])
        for side in _DIRECTIONS
        if by_side[side]
    ]
    centre_ids = [child.id for child in children]
    links = tuple(
        (_nearest_child(node, nodes, centre_ids), node.person_id)
        for node in nodes
        if not node.is_child and centre_ids
    )
    return NetworkMap(tuple(nodes), tuple(groups), links)


def _row_pitch(children: int, others: int) -> float:
    """The roomiest row spacing that leaves every side free cells in its own direction."""
    # A few spare cells per side, so each side still finds cells on its own side of the map.
    wanted = others + min(others // 2 + 1, 8)
    for pitch in _ROW_PITCHES:
        if len(_free_cells(children, pitch)) >= wanted:
            return pitch
    return _ROW_PITCHES[-1]


def _children_rows(count: int) -> list[float]:
    """The children stacked at the centre, a small gap between them."""
    gap = NODE_HEIGHT + _CHILD_GAP
    top = _CENTRE[1] - gap * (count - 1) / 2
    return [top + i * gap for i in range(count)]


def _free_cells(children: int, pitch: float) -> list[Cell]:
    """Grid cells inside the box; the centre column's cells start clear of the children.

    Columns are further apart than a box is wide, so each column may have rows of its own.
    """
    cx, cy = _CENTRE
    # Room above the top row and below the bottom row for the sides' labels.
    lowest, highest = NODE_HEIGHT / 2 + _LABEL_ROOM, HEIGHT - NODE_HEIGHT / 2 - _LABEL_ROOM
    rows = _rows_from(cy, lowest, highest, pitch)
    cells = [(cx + j * _COLUMN_PITCH, y) for j in (-2, -1, 1, 2) for y in rows]
    if children:
        # The lines to people above and below need room to be seen leaving the children.
        stack = _children_rows(children)
        reach = NODE_HEIGHT + 2 * _CHILD_GAP
        above = _rows_from(stack[0] - reach, lowest, stack[0] - reach, pitch)
        below = _rows_from(stack[-1] + reach, stack[-1] + reach, highest, pitch)
        cells += [(cx, y) for y in above + below]
    else:
        cells += [(cx, y) for y in rows]
    return sorted(cells, key=lambda cell: (cell[1], cell[0]))


def _rows_from(start: float, lowest: float, highest: float, pitch: float) -> list[float]:
    """Rows every pitch through start, between lowest and highest (inclusive)."""
    up = int((start - lowest) // pitch)
    down = int((highest - start) // pitch)
    return [start + k * pitch for k in range(-up, down + 1)]


def _place_sides(by_side: dict[Side, list[Person]], cells: list[Cell]) -> list[tuple[Person, Cell]]:
    """Each person in the free cell nearest their side's direction; the sides take turns."""
    free = list(cells)
    placed = []
    for turn in zip_longest(*by_side.values()):
        for person in turn:
            if person is None:
                continue
            if not free:
                free = _overflow(cells, len(placed))
            best = min(free, key=lambda cell, side=person.side: _cost(cell, side))
            free.remove(best)
            placed.append((person, best))
    return placed


def _spread(placed: list[tuple[Person, Cell]]) -> list[tuple[Person, Cell]]:
    """A small network moved outwards, so it uses the map's room and its lines can be seen.

    Moving every cell away from the centre by the same factor only widens the gaps.
    """
    cx, cy = _CENTRE
    reach_x = max((abs(x - cx) for _, (x, _) in placed), default=0.0)
    reach_y = max((abs(y - cy) for _, (_, y) in placed), default=0.0)
    sx = _stretch(reach_x, cx - NODE_WIDTH / 2)
    sy = _stretch(reach_y, cy - NODE_HEIGHT / 2 - _LABEL_ROOM)
    return [
        (person, (round(cx + (x - cx) * sx, 3), round(cy + (y - cy) * sy, 3)))
        for person, (x, y) in placed
    ]


def _stretch(reach: float, room: float) -> float:
    return 1.0 if reach <= 0 else max(1.0, min(_MOST_STRETCH, room / reach))


def _overflow(cells: list[Cell], round_number: int) -> list[Cell]:
    """More people than cells: the same cells again, nudged so each box still shows a corner."""
    nudge = 12.0 * (round_number // max(len(cells), 1))
    return [
        (min(x + nudge, WIDTH - NODE_WIDTH / 2), min(y + nudge, HEIGHT - NODE_HEIGHT / 2))
        for x, y in cells
    ]


def _cost(cell: Cell, side: Side) -> tuple[float, float, float]:
    """How far a cell is from the children, plus how far round from the side's direction."""
    cx, cy = _CENTRE
    # Distances on an ellipse the shape of the box, so left/right and up/down weigh alike.
    u = (cell[0] - cx) / (WIDTH / 2 - NODE_WIDTH / 2)
    v = (cy - cell[1]) / (HEIGHT / 2 - NODE_HEIGHT / 2)
    angle = math.degrees(math.atan2(v, u)) % 360
    off = abs(angle - _DIRECTIONS[side]) % 360
    off = min(off, 360 - off)
    return math.hypot(u, v) + off / 90, cell[1], cell[0]  # ties: upper, then left, first


def _centre_nodes(children: list[Person]) -> list[MapNode]:
    return [
        _node(child, _CENTRE[0], y, is_child=True)
        for child, y in zip(children, _children_rows(len(children)), strict=True)
    ]


def _node(person: Person, x: float, y: float, *, is_child: bool) -> MapNode:
    return MapNode(
        person.id, person.name, _caption(person), person.role, person.side, x, y, is_child
    )


def _group(side: Side, members: list[MapNode]) -> MapGroup:
    """The side's label over its top box (under its bottom box for the side below)."""
    if side is Side.OUTSIDE:
        edge = max(members, key=lambda n: (n.y, -abs(n.x - _CENTRE[0])))
        y = edge.y + NODE_HEIGHT / 2 + 12
    else:
        edge = min(members, key=lambda n: (n.y, abs(n.x - _CENTRE[0])))
        y = edge.y - NODE_HEIGHT / 2 - 12
    return MapGroup(side, side.label, edge.x, _clamp(y, 12, HEIGHT - 12))


def _caption(person: Person) -> str:
    return person.relationship or person.role.label


def _nearest_child(node: MapNode, nodes: list[MapNode], child_ids: list[str]) -> str:
    children = [n for n in nodes if n.person_id in child_ids]
    return min(children, key=lambda c: (c.x - node.x) ** 2 + (c.y - node.y) ** 2).person_id


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


class MapKind(Enum):
    """The kinds of box on the map; screen and paper draw each with its own border."""

    CHILD = "Child"
    PARENT = "Parent or carer"
    FAMILY = "Family"
    FRIEND = "Friend or community"
    PROFESSIONAL = "Professional"


_KIND_OF_ROLE = {
    Role.CHILD: MapKind.CHILD,
    Role.PARENT: MapKind.PARENT,
    Role.CARER: MapKind.PARENT,
    Role.GRANDPARENT: MapKind.FAMILY,
    Role.AUNT_UNCLE: MapKind.FAMILY,
    Role.SIBLING: MapKind.FAMILY,
    Role.FRIEND: MapKind.FRIEND,
    Role.COMMUNITY: MapKind.FRIEND,
    Role.PROFESSIONAL: MapKind.PROFESSIONAL,
    Role.ADVOCATE: MapKind.PROFESSIONAL,
    Role.INTERPRETER: MapKind.PROFESSIONAL,
}


def map_kind(role: Role) -> MapKind:
    """The kind of box a role is drawn in."""
    return _KIND_OF_ROLE[role]


def kinds_on(layout: NetworkMap) -> list[MapKind]:
    """The kinds of box a map shows, in legend order."""
    present = {map_kind(node.role) for node in layout.nodes}
    return [kind for kind in MapKind if kind in present]


def sample_role(kind: MapKind) -> Role:
    """A role drawn in that kind of box, e.g. for a legend."""
    return next(role for role, role_kind in _KIND_OF_ROLE.items() if role_kind is kind)
