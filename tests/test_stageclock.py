import time

from accord.stageclock import StageClock


def test_lap_charges_each_stage_the_time_since_the_previous_mark():
    clock = StageClock()
    lap = clock.lap()
    time.sleep(0.02)
    lap("a")
    lap("b")
    assert clock.seconds["a"] >= 0.015
    assert clock.seconds["b"] < clock.seconds["a"]


def test_context_and_merge_add_up():
    clock = StageClock()
    with clock("x"):
        pass
    clock.merge({"x": 1.0, "y": 2.0})
    assert clock.seconds["x"] >= 1.0 and clock.seconds["y"] == 2.0
    assert list(clock.to_dict()) == ["y", "x"]      # largest first
