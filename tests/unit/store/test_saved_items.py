"""Saved items: search, codes, archive, CSV all-or-nothing, stock taken once."""
from __future__ import annotations

import asyncio
from decimal import Decimal

import pytest

from dollr_desktop.services.problems import Problem
from dollr_desktop.services.saved_items import ImportRefused, SavedItemsService, read_csv, write_csv
from dollr_desktop.services.till import Basket, line_name
from dollr_desktop.store.saved_items import ItemValues, SaleLine
from dollr_desktop.store.store import Store


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "items.sqlite3") as s:
        yield s


def item(name, lrd=None, **kw):
    return ItemValues(name, {"LRD": Decimal(lrd)} if lrd else {}, **kw)


def test_search_by_word_prefix_code_and_category_skips_archived_and_other_currencies(store):
    rice = store.items.save(item("Rice 1kg", "150", code="6001", category="Food"))
    store.items.save(item("Brown rice", "200", category="Food"))
    soap = store.items.save(item("Soap bar", "50", code="6002", category="Home"))
    store.items.save(ItemValues("Rice USD", {"USD": Decimal("1")}))
    assert {i.name for i in store.items.search("ric", currency="LRD")} == {"Rice 1kg", "Brown rice"}
    assert store.items.search("6001")[0].id == rice.id        # an exact code comes first
    assert [i.name for i in store.items.search("home")] == ["Soap bar"]
    store.items.set_archived(soap.id)
    assert store.items.search("soap") == [] and store.items.by_code("6002") is None
    assert store.items.get(soap.id).archived
    assert store.items.categories() == ["", "Food"]


def test_service_refuses_bad_values_with_their_field_and_a_taken_code(store):
    service = SavedItemsService(store)
    with pytest.raises(Problem) as no_name:
        asyncio.run(service.save(item(" ", "5")))
    assert no_name.value.code == "items.name_missing" and no_name.value.field == "name"
    with pytest.raises(Problem) as decimals:
        asyncio.run(service.save(ItemValues("Bread", {"RWF": Decimal("10.5")})))
    assert decimals.value.code == "items.price_decimals" and decimals.value.field == "price_RWF"
    asyncio.run(service.save(item("Bread", "35", code="7001")))
    with pytest.raises(Problem) as taken:
        asyncio.run(service.save(item("Milk", "80", code="7001")))
    assert taken.value.code == "items.code_taken" and taken.value.field == "code"
    assert [s.name for s in service.suggest("bre", "LRD")] == ["Bread"]
    assert service.suggest("bre", "USD") == []
    suggestion = service.suggest("bre", "LRD")[0]
    assert suggestion.price == Decimal("35") and suggestion.code == "7001" and suggestion.currency == "LRD"


def test_csv_with_bad_rows_is_refused_whole_and_names_each_row(store):
    text = ("\ufeffname;category;code;stock;LRD;RWF\n"
            "Bread;Food;7001;;35,50;\n"
            ";Food;7002;-1;abc;\n"
            "Eggs;Food;7001;3;;1200\n")
    with pytest.raises(ImportRefused) as refused:
        read_csv(text)
    rows = [(r.row, r.field, r.problem.code) for r in refused.value.rows]
    assert rows == [(3, "price_LRD", "items.price_invalid"), (3, "stock", "items.stock_invalid"),
                    (3, "name", "items.name_missing"), (4, "code", "items.code_repeated")]
    path = store.path.parent / "bad.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportRefused):
        asyncio.run(SavedItemsService(store).import_csv(path))
    assert store.items.count() == 0


def test_csv_round_trip_updates_instead_of_duplicating(store):
    store.items.save(ItemValues("Café au lait", {"LRD": Decimal("90.00"), "RWF": Decimal("500")}, stock=4))
    store.items.save(item("Bread", "35.50", code="7001", category="Food"))
    exported = write_csv(store.items.all_for_export())
    assert exported.splitlines()[0] == "name,category,code,stock,price_LRD,price_USD,price_RWF,archived"
    path = store.path.parent / "items.csv"
    path.write_text(exported, encoding="utf-8-sig")
    assert asyncio.run(SavedItemsService(store).import_csv(path)) == 2
    assert store.items.count() == 2
    cafe = store.items.search("café")[0]
    assert cafe.prices == {"LRD": Decimal("90.00"), "RWF": Decimal("500")} and cafe.stock == 4


def test_stock_goes_down_once_per_paid_sale(store):
    oil = store.items.save(item("Palm oil", "300", stock=5))
    free = store.items.save(item("Bag", "5"))
    store.items.record_sale("ORDER", 9, "LRD", [SaleLine(oil.id, "Palm oil", 2, Decimal(300)),
                                                 SaleLine(free.id, "Bag", 1, Decimal(5))])
    assert store.items.take_stock("ORDER", 9)
    assert not store.items.take_stock("ORDER", 9)
    assert not store.items.take_stock("INVOICE", 9)     # not a till sale
    assert store.items.get(oil.id).stock == 3 and store.items.get(free.id).stock is None


def test_basket_adds_a_second_scan_to_its_line_and_refuses_a_missing_price(store):
    rice = store.items.save(ItemValues("Rice", {"LRD": Decimal("150.00")}))
    basket = Basket("LRD")
    basket.add(rice)
    basket.add(rice)
    assert [(line.name, line.qty) for line in basket.lines] == [("Rice", 2)] and basket.total == Decimal("300.00")
    assert line_name(basket.lines[0]) == "2 × Rice"
    with pytest.raises(Problem) as no_price:
        Basket("USD").add(rice)
    assert no_price.value.code == "till.no_price"
