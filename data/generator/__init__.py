"""Compositional generator of labelled drafts (the seed corpus in ``data/corpus``)."""
