"""The place file formats `warscribe gazetteer import` reads (apart, so the CLI's help loads nothing else)."""

FORMATS = ("geonames", "ucdp", "acled", "csv")
