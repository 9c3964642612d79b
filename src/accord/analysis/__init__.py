"""Analysis over the store: pure functions of a Repository, used by the CLI and the API.

timeline.py      dyad timelines by day, week, month or year (quad classes, Goldstein, relationship index)
relationship.py  the relationship index and its warming/cooling trend (docs/relationship_index.md)
network.py       top actors, top dyads, the actor network of a period
quotes.py        quote search by speaker and text
summary.py       what a corpus run found
"""
from accord.analysis.network import dyad_rows, network, top_actors, top_dyads
from accord.analysis.quotes import search_quotes
from accord.analysis.relationship import relationship_index, trend
from accord.analysis.summary import summary
from accord.analysis.timeline import PERIODS, Period, period_of, timeline

__all__ = ["PERIODS", "Period", "period_of", "timeline", "relationship_index", "trend", "summary",
           "dyad_rows", "top_actors", "top_dyads", "network", "search_quotes"]
