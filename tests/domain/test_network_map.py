"""The network map's layout: children at the centre, each side in its place, nobody hidden."""

from __future__ import annotations

import itertools
import time

import pytest

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.network import Person, Role, Side
from fgc_desktop.domain.network_map import (
    HEIGHT,
    NODE_HEIGHT,
    NODE_WIDTH,
    WIDTH,
    MapNode,
    network_map,
)
from fgc_desktop.domain.stage import Stage

_ADULT_ROLES = [role for role in Role if role is not Role.CHILD]


def _network(children: int, sides: list[Side], people: int) -> Conference:
    """A conference with some children and people spread over sides in turn."""
    everyone = [Person(f"Child {n}", Role.CHILD, "Child") for n in range(children)]
    everyone += [
        Person(
            f"Person {n}",
            _ADULT_ROLES[n % len(_ADULT_ROLES)],
            "Relative",
            side=sides[n % len(sides)],
        )
        for n in range(people - children)
    ]
    return Conference(reference="FGC-2026-0001", family_name="Test family", people=everyone)


def _overlap(a: MapNode, b: MapNode) -> float:
    """How much of a box's area another box covers (0 to 1)."""
    across = max(0.0, NODE_WIDTH - abs(a.x - b.x))
    down = max(0.0, NODE_HEIGHT - abs(a.y - b.y))
    return across * down / (NODE_WIDTH * NODE_HEIGHT)


def _inside(node: MapNode) -> bool:
    return (
        NODE_WIDTH / 2 <= node.x <= WIDTH - NODE_WIDTH / 2
        and NODE_HEIGHT / 2 <= node.y <= HEIGHT - NODE_HEIGHT / 2
    )


def test_the_children_are_at_the_centre_and_linked_to_everyone(conference_at) -> None:
    conference = conference_at(Stage.PREPARATION)
    layout = network_map(conference)
    children = [n for n in layout.nodes if n.is_child]
    assert [n.name for n in children] == [c.name for c in conference.children]
    assert all(n.x == WIDTH / 2 for n in children)
    assert sum(n.y for n in children) / len(children) == pytest.approx(HEIGHT / 2)
    others = {n.person_id for n in layout.nodes if not n.is_child}
    assert {person for _, person in layout.links} == others
    assert {child for child, _ in layout.links} <= {c.person_id for c in children}


def test_each_side_of_the_family_is_on_its_own_side() -> None:
    layout = network_map(_network(1, list(Side), 13))
    centre_x, centre_y = WIDTH / 2, HEIGHT / 2
    for node in layout.nodes:
        if node.side is Side.MOTHERS and not node.is_child:
            assert node.x < centre_x
        elif node.side is Side.FATHERS and not node.is_child:
            assert node.x > centre_x
        elif node.side is Side.BOTH and not node.is_child:
            assert node.y < centre_y
        elif node.side is Side.OUTSIDE and not node.is_child:
            assert node.y > centre_y
    assert {g.side for g in layout.groups} == set(Side)
    assert all(0 <= g.x <= WIDTH and 0 <= g.y <= HEIGHT for g in layout.groups)


def test_a_side_label_sits_beyond_its_people() -> None:
    layout = network_map(_network(1, [Side.MOTHERS, Side.OUTSIDE], 5))
    groups = {g.side: g for g in layout.groups}
    mothers = [n for n in layout.nodes if n.side is Side.MOTHERS and not n.is_child]
    outside = [n for n in layout.nodes if n.side is Side.OUTSIDE and not n.is_child]
    assert groups[Side.MOTHERS].y < min(n.y for n in mothers) - NODE_HEIGHT / 2
    assert groups[Side.OUTSIDE].y > max(n.y for n in outside) + NODE_HEIGHT / 2


@pytest.mark.parametrize("children", [1, 2, 4])
@pytest.mark.parametrize(
    "sides",
    [list(Side), [Side.MOTHERS], [Side.OUTSIDE], [Side.BOTH], [Side.MOTHERS, Side.FATHERS]],
    ids=["every side", "mother's side", "outside", "both", "two sides"],
)
@pytest.mark.parametrize("people", [5, 25, 30, 40])
def test_many_people_stay_inside_the_box_without_hiding_each_other(
    children: int, sides: list[Side], people: int
) -> None:
    layout = network_map(_network(children, sides, people))
    assert len(layout.nodes) == people
    assert all(_inside(node) for node in layout.nodes)
    worst = max(_overlap(a, b) for a, b in itertools.combinations(layout.nodes, 2))
    assert worst <= (0.0 if people <= 30 else 0.3)


def test_a_big_network_is_laid_out_quickly() -> None:
    conference = _network(3, list(Side), 40)
    started = time.perf_counter()
    network_map(conference)
    assert time.perf_counter() - started < 0.1


def test_no_children_yet_still_places_everyone() -> None:
    layout = network_map(_network(0, list(Side), 6))
    assert len(layout.nodes) == 6
    assert layout.links == ()
    assert all(_inside(node) for node in layout.nodes)


def test_an_empty_network_has_nothing_to_draw() -> None:
    layout = network_map(_network(0, list(Side), 0))
    assert layout.nodes == layout.groups == layout.links == ()


def test_a_small_family_uses_the_room_it_has() -> None:
    layout = network_map(_network(1, [Side.MOTHERS, Side.FATHERS], 3))
    xs = sorted(n.x for n in layout.nodes)
    # Mother's and father's sides well away from the child, so their lines show.
    assert xs[1] - xs[0] > NODE_WIDTH * 1.2 and xs[2] - xs[1] > NODE_WIDTH * 1.2
