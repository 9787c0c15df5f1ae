"""The network map on screen: one box per person, the children centred, exported as PNG."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.network import Person, Role, Side
from fgc_desktop.services import caseload, demo_caseload
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.network_map_view import EMPTY_MESSAGE, NetworkMapView

DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _family(store: Store, name: str) -> Conference:
    entry = next(e for e in caseload.list_conferences(store) if e.family_name == name)
    return caseload.load(store, entry.conference_id)


@pytest.fixture
def view(qtbot: QtBot) -> NetworkMapView:
    """A shown map view of a realistic size."""
    shown = NetworkMapView()
    qtbot.addWidget(shown)
    shown.resize(900, 640)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_every_person_has_a_box_and_the_children_are_in_the_middle(
    store: Store, view: NetworkMapView
) -> None:
    demo_caseload.write_demo_caseload(store)
    nowak = _family(store, "Nowak family")
    view.show_conference(nowak)
    boxes = view.person_boxes()
    assert sorted(box.node.name for box in boxes) == sorted(p.name for p in nowak.people)
    children = [box for box in boxes if box.node.is_child]
    assert [box.node.name for box in children] == ["Zofia Nowak", "Jakub Nowak"]
    # The children sit at the centre of what is shown, whatever the size of the family.
    centres = [box.sceneBoundingRect().center() for box in children]
    middle = view.mapFromScene((centres[0] + centres[1]) / 2)
    assert abs(middle.x() - view.viewport().width() / 2) < 20
    assert abs(middle.y() - view.viewport().height() / 2) < 80
    # Each box is drawn inside the view (fitted, not cut off).
    viewport = view.viewport().rect()
    for box in boxes:
        assert viewport.contains(view.mapFromScene(box.sceneBoundingRect()).boundingRect())
    mother = next(box for box in boxes if box.node.name == "Agnieszka Nowak")
    assert mother.sceneBoundingRect().center().x() < children[0].sceneBoundingRect().center().x()


def test_the_map_is_described_for_screen_readers(store: Store, view: NetworkMapView) -> None:
    demo_caseload.write_demo_caseload(store)
    view.show_conference(_family(store, "Khan family"))
    assert view.accessibleName() == "Network map"
    description = view.accessibleDescription()
    assert description.startswith("At the centre: عائشہ خان.")
    assert "Mother's side: Nadia Khan (Mother); Sara Khan (Maternal aunt)." in description
    assert "Father's side: عمران خان (Father)." in description


def test_long_names_are_cut_short_with_the_whole_name_on_hover(view: NetworkMapView) -> None:
    long_name = "Maria Magdalena Aleksandra Wiśniewska-Kowalczyk"
    conference = Conference(
        reference="FGC-2026-0009",
        family_name="W family",
        people=[
            Person("Ola", Role.CHILD, "Child"),
            Person(long_name, Role.GRANDPARENT, "Grandmother", side=Side.MOTHERS),
        ],
    )
    view.show_conference(conference)
    box = next(box for box in view.person_boxes() if not box.node.is_child)
    assert box.name_text.endswith("…") and len(box.name_text) < len(long_name)
    assert box.toolTip().startswith(long_name)


def test_an_empty_network_says_where_to_add_people(view: NetworkMapView) -> None:
    view.show_conference(Conference(reference="FGC-2026-0010", family_name="New family"))
    assert view.person_boxes() == []
    texts = [item.toPlainText() for item in view.scene().items() if hasattr(item, "toPlainText")]
    assert texts == [EMPTY_MESSAGE]
    assert view.accessibleDescription() == EMPTY_MESSAGE


def test_the_map_is_saved_as_a_png(store: Store, view: NetworkMapView, tmp_path: Path) -> None:
    demo_caseload.write_demo_caseload(store)
    view.show_conference(_family(store, "Al-Rashid family"))
    path = tmp_path / "map.png"
    view.save_png(path)
    image = QImage(str(path))
    assert not image.isNull()
    assert image.width() == 1600
    assert 300 < image.height() < 1600
    # Not a blank page: the boxes and names are drawn in dark ink.
    assert image.pixelColor(image.width() // 2, image.height() // 2).name() != "#000000"
    dark = sum(
        image.pixelColor(x, y).lightness() < 100
        for x in range(0, image.width(), 8)
        for y in range(0, image.height(), 8)
    )
    assert dark > 200


def test_saving_where_it_cannot_be_written_says_why(
    store: Store, view: NetworkMapView, tmp_path: Path
) -> None:
    demo_caseload.write_demo_caseload(store)
    view.show_conference(_family(store, "Okafor family"))
    with pytest.raises(OSError, match="does not exist"):
        view.save_png(tmp_path / "no such folder" / "map.png")
    # A name that is taken by a folder cannot be written as a file.
    taken = tmp_path / "taken.png"
    taken.mkdir()
    with pytest.raises(OSError, match=r"Cannot save the network map to .*taken\.png"):
        view.save_png(taken)


def test_forty_people_are_drawn_quickly(view: NetworkMapView) -> None:
    roles = [role for role in Role if role is not Role.CHILD]
    people = [Person(f"Child {n}", Role.CHILD, "Child") for n in range(3)]
    people += [
        Person(f"Person number {n}", roles[n % len(roles)], "Relative", side=list(Side)[n % 4])
        for n in range(37)
    ]
    conference = Conference(reference="FGC-2026-0011", family_name="Big family", people=people)
    started = time.perf_counter()
    view.show_conference(conference)
    view.viewport().repaint()
    assert len(view.person_boxes()) == 40
    assert time.perf_counter() - started < 0.5


def test_the_map_fits_the_view_when_it_is_resized(
    qtbot: QtBot, store: Store, view: NetworkMapView
) -> None:
    demo_caseload.write_demo_caseload(store)
    view.show_conference(_family(store, "Nowak family"))
    for width, height in ((500, 700), (1200, 500)):
        view.resize(width, height)
        qtbot.waitUntil(lambda w=width: view.width() == w)
        shown = view.mapFromScene(view.sceneRect()).boundingRect()
        assert view.viewport().rect().adjusted(-2, -2, 2, 2).contains(shown)
        # Fitted: the map fills the view one way or the other.
        assert shown.width() > view.viewport().width() - 10 or (
            shown.height() > view.viewport().height() - 10
        )


def test_picture_of_the_map(
    qtbot: QtBot, store: Store, view: NetworkMapView, tmp_path: Path
) -> None:
    """FGC_SCREENSHOTS=1 keeps the picture in docs/screenshots, to look at."""
    demo_caseload.write_demo_caseload(store)
    view.resize(1100, 760)
    view.show_conference(_family(store, "Nowak family"))
    folder = DOCS if os.environ.get("FGC_SCREENSHOTS") else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    assert view.grab().save(str(folder / "network-map.png"))
