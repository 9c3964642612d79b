"""accord.batchgc: a batch run's collector no longer scans what was built before it."""
import gc

from accord.batchgc import YOUNG_GENERATION, settle_for_batch


def test_settle_freezes_what_exists_and_widens_the_young_generation():
    before = gc.get_threshold()
    built = [{"a table": i} for i in range(1000)]     # stands for the model's and gazetteer's objects
    try:
        settle_for_batch()
        assert gc.get_freeze_count() >= len(built)
        assert gc.get_threshold()[0] == max(before[0], YOUNG_GENERATION)
        assert gc.get_threshold()[1:] == before[1:]
        gc.collect()                                  # frozen objects are not collected, nor scanned
        assert all(d["a table"] == i for i, d in enumerate(built))
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)


def test_a_cycle_made_after_settling_is_still_collected():
    import weakref
    before = gc.get_threshold()
    try:
        settle_for_batch()

        class Node:
            pass
        a, b = Node(), Node()
        a.other, b.other = b, a
        ref = weakref.ref(a)
        del a, b
        gc.collect()
        assert ref() is None
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
