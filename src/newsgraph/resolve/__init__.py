"""Actor resolution: names, the gazetteer, in-document resolution, cross-document merging."""
