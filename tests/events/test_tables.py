from accord.events.ontology import cameo_table, lookup
from accord.events.patterns import verb_table


def test_cameo_table_covers_all_roots_with_scores():
    table = cameo_table()
    assert {c[:2] for c in table} == {f"{i:02d}" for i in range(1, 21)}
    assert lookup("042").goldstein == 1.9 and lookup("042").plover == "CONSULT"
    assert lookup("195").quad_class == 4 and lookup("051").quad_class == 1
    assert lookup("0231").plover == "REQUEST"        # appeals are PLOVER requests
    assert lookup("010").plover is None              # PLOVER has no statement category


def test_accord_rows_override_derived_rows():
    vt = verb_table()
    assert vt.code_for("say", None, []) is None      # emptied: statements are not events
    assert vt.code_for("sign", "agreement", []) == "057"
    assert vt.code_for("impose", "sanctions", []) == "163"
    assert "visit" in vt and vt.code_for("plan", None, []) is None   # a frame, not an act
