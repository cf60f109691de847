"""Analysis of the resident survey: data frame, weights, estimates, indicator sheets (no Qt).

pandas and scipy are imported with this package: import it where the analysis is needed, not at
start-up.
"""

from inclusion_desktop.analysis.frame import answers_frame, choice_column, submissions_frame
from inclusion_desktop.analysis.indicators import (
    TOTAL_DOMAIN,
    Comparison,
    Indicator,
    IndicatorFileError,
    IndicatorSheet,
    Section,
    compute_indicators,
    generic_indicators,
    has_indicator_file,
    indicator_values,
    load_indicators,
    parse_indicators,
)
from inclusion_desktop.analysis.population import (
    AgeWeighting,
    BandMerge,
    PopulationCell,
    PopulationTargetsError,
    age_band_targets,
    load_population_targets,
    parse_population_targets,
    population_targets_text,
    save_population_targets,
)
from inclusion_desktop.analysis.weighting import (
    FLAG_CAUTION,
    FLAG_SUPPRESSED,
    SurveyDesign,
    WeightingError,
)

__all__ = [
    "FLAG_CAUTION",
    "FLAG_SUPPRESSED",
    "TOTAL_DOMAIN",
    "AgeWeighting",
    "BandMerge",
    "Comparison",
    "Indicator",
    "IndicatorFileError",
    "IndicatorSheet",
    "PopulationCell",
    "PopulationTargetsError",
    "Section",
    "SurveyDesign",
    "WeightingError",
    "age_band_targets",
    "answers_frame",
    "choice_column",
    "compute_indicators",
    "generic_indicators",
    "has_indicator_file",
    "indicator_values",
    "load_indicators",
    "load_population_targets",
    "parse_indicators",
    "parse_population_targets",
    "population_targets_text",
    "save_population_targets",
    "submissions_frame",
]
