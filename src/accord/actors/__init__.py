"""Actor recognition: countries, organisations and people, with roles resolved by date."""
from accord.actors.gazetteer import Gazetteer, load_gazetteer
from accord.actors.resolver import ActorResolver

__all__ = ["ActorResolver", "Gazetteer", "load_gazetteer"]
