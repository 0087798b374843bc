"""The registry's shortcuts against the long way."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wiretext import registry
from wiretext.data import places


@pytest.mark.parametrize("text", ["", "AP", "ACAN - EFE", "dpa/bb", "Reuters\t(AFP)", "".join(map(chr, range(128)))])
def test_fold_mapped_ascii_shortcut_is_the_per_character_fold(text: str) -> None:
    pieces = [registry._fold(ch) for ch in text]
    starts = [i for i, piece in enumerate(pieces) for _ in piece] + [len(text)]
    assert registry._fold_mapped(text) == ("".join(pieces), starts)


def test_resolve_place_without_region_agrees_with_its_steps() -> None:
    """The worked-out answers for plain cities give what the step-by-step look-up gives."""
    index = registry._place_index()

    def by_steps(city: str) -> tuple[str | None, str | None, str | None]:
        return registry._resolve_city(index, city, registry._key(city))

    names = [n for name, _alpha2, _region, aliases in places.CITIES for n in (name, *aliases)]
    names += [n for _alpha2, name, aliases in places.COUNTRIES for n in (name, *aliases)]
    names += [*places.AMBIGUOUS_CITIES, "", " ", "Atlantis", "Georgia", "Congo", "Punjab", "--"]
    for name in names:
        for region in (None, "", " . "):
            assert registry.resolve_place(name, region) == by_steps(name), (name, region)


def test_keys_in_bulk_are_the_keys_one_at_a_time() -> None:
    names = [*registry._place_names(places), *registry._region_names(places)]
    names += ["", " ", "--", "й", "Й", "и\u0306\u0306", "и\u0323\u0306", "\u0306", "e\u0301", "ß", "ΣΑΣ", "İstanbul"]
    names += ["_a_", "x\u00a0y", "ǅ", "ﬁ", "Ⅻ", "²", "서울", "Łódź", "Ærø", "Þórshöfn", "Đà Nẵng"]
    assert registry._keys(names) == [registry._key(name) for name in names]
    assert registry._keys(["a\nb", "São Paulo"]) == ["ab", "saopaulo"]  # a line feed in a name: one at a time


@given(st.lists(st.text(max_size=12), max_size=8))
def test_keys_in_bulk_of_any_names(names: list[str]) -> None:
    assert registry._keys(names) == [registry._key(name) for name in names]
