"""The fixed words of the sheets, in French (default) and English."""

from __future__ import annotations

from inclusion_desktop.reports.typography import Lang

TEXTS: dict[str, dict[str, str]] = {
    "fr": {
        "sheet": "Fiche de synthèse",
        "territory": "Ensemble du territoire",
        "period": "Période d’enquête",
        "period_range": "enquête du {start} au {end}",
        "period_day": "enquête le {start}",
        "respondents": "{n} répondants",
        "respondent": "{n} répondant",
        "refusals": "{n} refus",
        "form_version": "questionnaire version {version}",
        "who": "Qui a répondu ?",
        "age": "Tranche d’âge",
        "sex": "Sexe",
        "n": "n",
        "sample": "Échantillon",
        "weighted": "Redressé",
        "population": "Population",
        "not_available": "n. d.",
        "age_unknown": "Non renseigné",
        "key_messages": "À retenir",
        "no_messages": "Aucun écart à signaler : pas de chiffre de comparaison disponible.",
        "indicator": "Indicateur",
        "estimate": "%",
        "interval": "IC 95\u00a0%",
        "whole": "Ensemble",
        "reference": "Comparaison",
        "masked": "masqué",
        "legend_bar": "part pondérée",
        "legend_bar_unweighted": "part des répondants (non pondérée)",
        "caution_note_unweighted": (
            "* moins de 30 répondants : à interpréter avec prudence. « masqué » : moins de 5 "
            "répondants, la valeur n’est pas publiée. n : nombre de répondants concernés."
        ),
        "jargon_unweighted": (
            "Lire la fiche : « IC 95 % » est la fourchette où se trouve très probablement "
            "la vraie valeur ; les parts ne sont pas pondérées : chaque réponse compte pour une, "
            "sans redressement sur l’âge (voir « Méthode »)."
        ),
        "too_small_unweighted": (
            "{n} répondants et {refusals} refus : le quartier est trop petit pour conclure. "
            "Aucun écart n’est assez sûr pour être retenu ; les chiffres restent dans les "
            "tableaux, signalés. Pour les tendances, voir la fiche du territoire."
        ),
        "methods_own_weighting": (
            "Résultats pondérés par post-stratification sur la tranche d’âge, pour retrouver la "
            "structure par âge propre au quartier (Résultats > Cibles de population) ; le "
            "quartier est estimé sur ses seuls répondants."
        ),
        "methods_territory_structure": (
            "Ce quartier n’a pas de structure par âge propre : ses répondants sont pondérés avec "
            "celle du territoire."
        ),
        "band_missing_here": (
            "Personne n’a répondu dans les tranches {bands} dans ce quartier : ses "
            "chiffres pondérés ne les représentent pas."
        ),
        "band_missing_here_one": (
            "Personne n’a répondu dans la tranche {bands} dans ce quartier : ses "
            "chiffres pondérés ne la représentent pas."
        ),
        "legend_caution": "à interpréter avec prudence",
        "legend_interval": "intervalle de confiance à 95\u00a0%",
        "legend_territory": "ensemble du territoire",
        "caution_note": (
            "* moins de 30 répondants effectifs : à interpréter avec prudence. « masqué » : "
            "moins de 5 répondants effectifs, la valeur n’est pas publiée. † : une seule "
            "personne porte plus de 20 % du poids de ce chiffre. n : nombre de répondants "
            "concernés (non pondéré), entre parenthèses le nombre effectif après pondération "
            "(Kish) quand il est plus petit."
        ),
        "jargon": (
            "Lire la fiche : « IC 95 % » est la fourchette où se trouve très probablement "
            "la vraie valeur ; une part « pondérée » compte chaque réponse selon le poids de sa "
            "tranche d’âge dans la population ; « redressé » veut dire corrigé pour retrouver "
            "cette structure par âge."
        ),
        "too_small": (
            "{n} répondants ({n_eff} effectifs après pondération) et {refusals} refus : le "
            "quartier est trop petit pour conclure. Aucun écart n’est assez sûr pour être "
            "retenu ; les chiffres restent dans les tableaux, signalés. Pour les tendances, "
            "voir la fiche du territoire."
        ),
        "population_of_territory": "Pop. du territoire",
        "population_of_zone": "Pop. du quartier",
        "own_structure": (
            "Ce quartier est redressé sur sa propre structure par âge (Résultats > Cibles de "
            "population), estimé sur ses seuls répondants."
        ),
        "own_structure_refused": (
            "La structure par âge saisie pour ce quartier n’est pas utilisée, celle du territoire "
            "l’est : {reason}"
        ),
        "territory_structure": (
            "Le quartier n’a pas de structure par âge propre : celle du territoire est utilisée "
            "pour le redressement et dans la colonne « Pop. du territoire »."
        ),
        "message": (
            "{label}\u00a0: {value}, contre {reference} ({source}), soit {gap} de {direction}."
        ),
        "message_close": " L’écart reste dans la marge d’incertitude.",
        "more": "plus",
        "less": "moins",
        "territory_label": "ensemble du territoire",
        "methods": "Méthode",
        "methods_weighting": (
            "Résultats pondérés par post-stratification sur la tranche d’âge, pour retrouver la "
            "structure par âge de la population ({population}, {source}). Les quartiers sont "
            "estimés sur l’ensemble de l’échantillon pondéré, sans le découper."
        ),
        "methods_no_weighting": (
            "Résultats non pondérés : {reason}"
        ),
        "methods_interval": (
            "Intervalles de confiance à 95\u00a0% par la méthode logit sur l’erreur-type "
            "linéarisée (comme svyciprop du paquet R survey), exacts (Clopper-Pearson) à "
            "0 et 100\u00a0%."
        ),
        "methods_form": "Questionnaire {title}, versions {versions}. Fiche produite le {date}.",
        "methods_form_one": "Questionnaire {title}, version {versions}. Fiche produite le {date}.",
        "methods_sources": "Comparaisons : {sources}.",
        "inhabitants": "{n} habitants",
        "population_aged": "{age} ans et plus ({n})",
        "page": "page {page}",
        "sex_population_missing": (
            "La population par sexe ne figure pas dans le fichier de population : seule la "
            "structure par âge sert au redressement."
        ),
    },
    "en": {
        "sheet": "Summary sheet",
        "territory": "Whole territory",
        "period": "Survey period",
        "period_range": "surveyed from {start} to {end}",
        "period_day": "surveyed on {start}",
        "respondents": "{n} respondents",
        "respondent": "{n} respondent",
        "refusals": "{n} declined",
        "form_version": "questionnaire version {version}",
        "who": "Who answered?",
        "age": "Age band",
        "sex": "Sex",
        "n": "n",
        "sample": "Sample",
        "weighted": "Weighted",
        "population": "Population",
        "not_available": "n/a",
        "age_unknown": "Not given",
        "key_messages": "Key messages",
        "no_messages": "No gap to report: no comparison figure available.",
        "indicator": "Indicator",
        "estimate": "%",
        "interval": "95% CI",
        "whole": "Whole",
        "reference": "Comparison",
        "masked": "hidden",
        "legend_bar": "weighted share",
        "legend_bar_unweighted": "share of respondents (unweighted)",
        "caution_note_unweighted": (
            "* fewer than 30 respondents: interpret with caution. “hidden”: fewer than 5 "
            "respondents, the value is not published. n: number of respondents concerned."
        ),
        "jargon_unweighted": (
            "Reading the sheet: “95% CI” is the range that very likely holds the true value; "
            "shares are unweighted: each answer counts as one, with no adjustment on age (see "
            "“Method”)."
        ),
        "too_small_unweighted": (
            "{n} respondents and {refusals} declined: the neighbourhood is too small to "
            "conclude. No gap is sure enough to keep; the figures stay in the tables, flagged. "
            "For trends, see the territory sheet."
        ),
        "methods_own_weighting": (
            "Results weighted by post-stratification on age band, to match the neighbourhood's "
            "own age structure (Results > Population targets); the neighbourhood is estimated "
            "on its respondents alone."
        ),
        "methods_territory_structure": (
            "This neighbourhood has no age structure of its own: its respondents are weighted "
            "with the territory's."
        ),
        "band_missing_here": (
            "Nobody answered in the bands {bands} in this neighbourhood: its weighted "
            "figures do not represent them."
        ),
        "band_missing_here_one": (
            "Nobody answered in the band {bands} in this neighbourhood: its weighted "
            "figures do not represent it."
        ),
        "legend_caution": "interpret with caution",
        "legend_interval": "95% confidence interval",
        "legend_territory": "whole territory",
        "caution_note": (
            "* fewer than 30 effective respondents: interpret with caution. “hidden”: fewer "
            "than 5 effective respondents, the value is not published. †: one person carries "
            "more than 20% of the weight of this figure. n: number of respondents concerned "
            "(unweighted), in brackets the effective number after weighting (Kish) when smaller."
        ),
        "jargon": (
            "Reading the sheet: “95% CI” is the range that very likely holds the true value; a "
            "“weighted” share counts each answer by the weight of its age group in the "
            "population; “adjusted” means corrected to match that age structure."
        ),
        "too_small": (
            "{n} respondents ({n_eff} effective after weighting) and {refusals} declined: the "
            "neighbourhood is too small to conclude. No gap is sure enough to keep; the figures "
            "stay in the tables, flagged. For trends, see the territory sheet."
        ),
        "population_of_territory": "Territory pop.",
        "population_of_zone": "Neighbourhood pop.",
        "own_structure": (
            "This neighbourhood is adjusted to its own age structure (Results > Population "
            "targets), estimated on its respondents alone."
        ),
        "own_structure_refused": (
            "The age structure entered for this neighbourhood is not used (an age band without "
            "respondents, or too many without an age band); the territory's is. {reason}"
        ),
        "territory_structure": (
            "The neighbourhood has no age structure of its own: the territory's is used for the "
            "adjustment and in the “Territory pop.” column."
        ),
        "message": "{label}: {value}, vs {reference} ({source}), {gap} {direction}.",
        "message_close": " The gap is within the margin of error.",
        "more": "higher",
        "less": "lower",
        "territory_label": "whole territory",
        "methods": "Method",
        "methods_weighting": (
            "Results weighted by post-stratification on age band, to match the age structure "
            "of the population ({population}, {source}). Neighbourhoods are estimated on the "
            "whole weighted sample, without splitting it."
        ),
        "methods_no_weighting": "Unweighted results: {reason}",
        "methods_interval": (
            "95% confidence intervals by the logit method on the linearised standard error "
            "(as svyciprop in R's survey package), exact (Clopper-Pearson) at 0 and 100%."
        ),
        "methods_form": "Questionnaire {title}, versions {versions}. Sheet produced on {date}.",
        "methods_form_one": "Questionnaire {title}, version {versions}. Sheet produced on {date}.",
        "methods_sources": "Comparisons: {sources}.",
        "inhabitants": "{n} inhabitants",
        "population_aged": "aged {age} and over ({n})",
        "page": "page {page}",
        "sex_population_missing": (
            "The population file gives no counts by sex: only the age structure is used for "
            "weighting."
        ),
    },
}

MONTHS = {
    "fr": (
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ),
}


def text(lang: Lang, key: str, **values: object) -> str:
    """The fixed text `key` in `lang`, with `values` filled in."""
    template = TEXTS[lang][key]
    return template.format(**values) if values else template
