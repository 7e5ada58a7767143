"""Tier policies as plain data, and their TOML form (CLASSIFICATION.md, "Policy files").

A `Policy` is what the user edits and what a run records by version. It is read from TOML (a file
or the `definition` column of `tier_policies`), validated in one place (`policy_from_dict`) and
written back as TOML in the documented layout. Validation collects every problem and raises one
`InvalidInputError` that lists them, each naming the indicator or tier it is about, so a user
fixing a file by hand sees everything at once.

The TOML writer is ours (Python 3.11 reads TOML but does not write it): the format is small and
fixed, and writing it ourselves keeps the exported file laid out like the documentation.
"""

from __future__ import annotations

import itertools
import math
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from kam_desktop.errors import InvalidInputError
from kam_desktop.models.enums import PolicyMethod
from kam_desktop.services.classification.indicators import (
    CATEGORICAL,
    INDICATORS,
    NUMERIC_KEYS,
)

DIRECTIONS = ("higher", "lower")
NORMALIZATIONS = ("percentile", "minmax")
MISSING_RULES = ("worst", "neutral", "exclude")
TIER_MODES = ("cutoffs", "quotas")
MAX_LABEL = 32  # tier_results.computed_tier / tier are String(32)
MAX_NAME = 200  # tier_policies.name


@dataclass(frozen=True)
class IndicatorRule:
    """One indicator of a weighted policy. `scores` only for a categorical indicator."""

    key: str
    weight: float
    direction: str = "higher"
    normalize: str = "percentile"
    missing: str = "worst"
    scores: Mapping[str, float] | None = None


@dataclass(frozen=True)
class TierLevel:
    """One tier. Which bound it carries depends on the method and mode:
    `min` (weighted cutoffs, thresholds), `cum_share` (ABC) or `share` (quotas).
    The last tier carries none: it takes the rest."""

    label: str
    min: float | None = None
    cum_share: float | None = None
    share: float | None = None


@dataclass(frozen=True)
class Policy:
    name: str
    method: str  # a PolicyMethod value
    levels: tuple[TierLevel, ...]
    indicators: tuple[IndicatorRule, ...] = ()  # weighted
    indicator: str | None = None  # abc, thresholds
    mode: str | None = None  # weighted: "cutoffs" | "quotas"
    window_start: date | None = None
    window_end: date | None = None
    description: str | None = None

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(level.label for level in self.levels)

    @property
    def keys(self) -> tuple[str, ...]:
        """The indicators the policy uses, in policy order."""
        if self.method == PolicyMethod.WEIGHTED:
            return tuple(rule.key for rule in self.indicators)
        return (self.indicator,) if self.indicator else ()

    @property
    def scored(self) -> bool:
        return self.method == PolicyMethod.WEIGHTED

    def relabelled(self, labels: Mapping[str, str]) -> Policy:
        """The same policy with tiers renamed (old label → new label); validated."""
        levels = tuple(replace(lv, label=labels.get(lv.label, lv.label)) for lv in self.levels)
        return validate_policy(replace(self, levels=levels))


# --- defaults ----------------------------------------------------------------------------------

DEFAULT_ABC_LEVELS = (TierLevel("A", cum_share=0.80), TierLevel("B", cum_share=0.95),
                      TierLevel("C"))
DEFAULT_CUTOFF_LEVELS = (TierLevel("S", min=80), TierLevel("A", min=60), TierLevel("B", min=40),
                         TierLevel("C", min=0))


# --- reading -----------------------------------------------------------------------------------


def parse_policy(text: str, source: str = "policy") -> Policy:
    """A validated Policy from TOML text. `source` names the file in error messages."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InvalidInputError(f"{source}: not valid TOML ({exc}).") from None
    return policy_from_dict(data, source)


def load_policy_file(path: Path) -> Policy:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InvalidInputError(f"No such policy file: {path}") from None
    except OSError as exc:
        raise InvalidInputError(f"{path}: cannot be read ({exc.strerror or exc}).") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInputError(f"{path.name}: a policy file must be UTF-8 text.") from None
    return parse_policy(text, path.name)


def validate_policy(policy: Policy) -> Policy:
    """Check a Policy built in code (e.g. by the editor) by the same rules as a file."""
    return policy_from_dict(policy_to_dict(policy), f"policy {policy.name!r}")


class _Problems:
    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, message: str) -> None:
        self.items.append(message)


_TOP_KEYS = {"name", "method", "description", "window", "indicator", "indicators", "tiers"}
_RULE_KEYS = {"key", "weight", "direction", "normalize", "missing", "scores"}
_LEVEL_KEYS = {"label", "min", "cum_share", "share"}


def policy_from_dict(data: Mapping[str, Any], source: str = "policy") -> Policy:
    """Build and validate a Policy from parsed TOML; every problem is reported at once."""
    p = _Problems()
    _unknown_keys(p, data, _TOP_KEYS, "")
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        p.add("`name` is missing: give the policy a name, e.g. name = \"ABC by sales\".")
        name = ""
    elif len(name.strip()) > MAX_NAME:
        p.add(f"`name` is longer than {MAX_NAME} characters.")
    name = name.strip() if isinstance(name, str) else ""
    method = data.get("method")
    methods = [m.value for m in PolicyMethod]
    if method not in methods:
        p.add(f"`method` must be one of {_alts(methods)} (got {method!r}).")
        _raise(p, source, name)
    description = data.get("description")
    if description is not None and not isinstance(description, str):
        p.add("`description` must be text.")
        description = None
    start, end = _window(p, data.get("window"))

    indicator: str | None = None
    rules: tuple[IndicatorRule, ...] = ()
    mode: str | None = None
    tiers = data.get("tiers", {})
    if not isinstance(tiers, Mapping):
        p.add("`tiers` must be a table ([tiers]).")
        tiers = {}
    _unknown_keys(p, tiers, {"mode", "levels"}, "[tiers] ")
    if method == PolicyMethod.WEIGHTED:
        if "indicator" in data:
            p.add("`indicator` is for ABC and threshold policies; a weighted policy lists "
                  "[[indicators]].")
        rules = _rules(p, data.get("indicators"))
        mode = tiers.get("mode", "cutoffs")
        if mode not in TIER_MODES:
            p.add(f"[tiers] `mode` must be {_alts(TIER_MODES)} (got {mode!r}).")
            mode = "cutoffs"
        default = DEFAULT_CUTOFF_LEVELS if mode == "cutoffs" else None
        levels = _levels(p, tiers.get("levels"), default,
                         "min" if mode == "cutoffs" else "share", mode)
    else:
        if "indicators" in data:
            p.add(f"[[indicators]] is for weighted policies; a {method} policy names one "
                  "`indicator`.")
        if "mode" in tiers:
            p.add(f"[tiers] `mode` is for weighted policies; remove it from a {method} policy.")
        indicator = data.get("indicator", "sales" if method == PolicyMethod.ABC else None)
        if indicator is None:
            p.add("`indicator` is missing: name the indicator the thresholds apply to, e.g. "
                  "indicator = \"sales\".")
        elif indicator not in INDICATORS:
            p.add(f"`indicator`: unknown indicator {indicator!r}; known: "
                  f"{', '.join(INDICATORS)}.")
        elif indicator not in NUMERIC_KEYS:
            p.add(f"`indicator`: {indicator!r} is categorical; {method} needs a number.")
        if method == PolicyMethod.ABC:
            levels = _levels(p, tiers.get("levels"), DEFAULT_ABC_LEVELS, "cum_share", "abc")
        else:
            levels = _levels(p, tiers.get("levels"), None, "min", "thresholds")
    _raise(p, source, name)
    return Policy(name=name, method=str(method), levels=levels, indicators=rules,
                  indicator=indicator, mode=mode, window_start=start, window_end=end,
                  description=description)


def _raise(p: _Problems, source: str, name: str) -> None:
    if not p.items:
        return
    title = f"{source}" + (f" (policy {name!r})" if name and name not in source else "")
    if len(p.items) == 1:
        raise InvalidInputError(f"{title}: {p.items[0]}")
    lines = "\n".join(f"  - {item}" for item in p.items)
    raise InvalidInputError(f"{title}: {len(p.items)} problems:\n{lines}")


def _alts(values: tuple[str, ...] | list[str]) -> str:
    quoted = [f'"{v}"' for v in values]
    return ", ".join(quoted[:-1]) + " or " + quoted[-1] if len(quoted) > 1 else quoted[0]


def _unknown_keys(p: _Problems, table: Mapping[str, Any], known: set[str], where: str) -> None:
    for key in table:
        if key not in known:
            p.add(f"{where}unknown setting `{key}` (known: {', '.join(sorted(known))}).")


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _window(p: _Problems, window: object) -> tuple[date | None, date | None]:
    if window is None:
        return None, None
    if not isinstance(window, Mapping):
        p.add("`window` must be a table ([window] with start and end dates).")
        return None, None
    _unknown_keys(p, window, {"start", "end"}, "[window] ")
    bounds: list[date | None] = []
    for key in ("start", "end"):
        value = window.get(key)
        if isinstance(value, datetime):
            p.add(f"[window] `{key}`: give a date without a time (YYYY-MM-DD).")
            value = None
        elif isinstance(value, str):
            try:
                value = date.fromisoformat(value)
            except ValueError:
                p.add(f"[window] `{key}`: not a date (YYYY-MM-DD): {value!r}.")
                value = None
        elif value is not None and not isinstance(value, date):
            p.add(f"[window] `{key}`: not a date (YYYY-MM-DD): {value!r}.")
            value = None
        bounds.append(value)
    start, end = bounds
    if start is not None and end is not None and start > end:
        p.add(f"[window] `start` {start} is after `end` {end}.")
    return start, end


def _rules(p: _Problems, items: object) -> tuple[IndicatorRule, ...]:
    if not isinstance(items, list) or not items:
        p.add("a weighted policy needs at least one [[indicators]] entry with a key and a "
              "weight.")
        return ()
    rules: list[IndicatorRule] = []
    seen: set[str] = set()
    for n, item in enumerate(items, 1):
        if not isinstance(item, Mapping):
            p.add(f"indicator {n}: must be a table ([[indicators]]).")
            continue
        key = item.get("key")
        where = f"indicator {n} ({key!r})" if isinstance(key, str) else f"indicator {n}"
        _unknown_keys(p, item, _RULE_KEYS, f"{where}: ")
        if not isinstance(key, str) or not key:
            p.add(f"{where}: `key` is missing.")
            continue
        if key not in INDICATORS:
            p.add(f"{where}: unknown indicator {key!r}; known: {', '.join(INDICATORS)}.")
            continue
        if key in seen:
            p.add(f"{where}: {key!r} is listed twice.")
            continue
        seen.add(key)
        weight = item.get("weight")
        if weight is None:
            p.add(f"{where}: `weight` is missing.")
            weight = 0.0
        elif not _is_number(weight):
            p.add(f"{where}: `weight` must be a number (got {weight!r}).")
            weight = 0.0
        elif weight < 0:
            p.add(f"{where}: negative weight {weight}; weights must be 0 or more.")
        direction = item.get("direction", "higher")
        if direction not in DIRECTIONS:
            p.add(f"{where}: `direction` must be {_alts(DIRECTIONS)} (got {direction!r}).")
        normalize = item.get("normalize", "percentile")
        if normalize not in NORMALIZATIONS:
            p.add(f"{where}: `normalize` must be {_alts(NORMALIZATIONS)} (got {normalize!r}).")
        missing = item.get("missing", "worst")
        if missing not in MISSING_RULES:
            p.add(f"{where}: `missing` must be {_alts(MISSING_RULES)} (got {missing!r}).")
        scores = _scores(p, where, key, item)
        rules.append(IndicatorRule(key=key, weight=float(weight), direction=str(direction),
                                   normalize=str(normalize), missing=str(missing),
                                   scores=scores))
    if rules and len(rules) == len(items) and all(r.weight == 0 for r in rules):
        p.add("all weights are 0: give at least one indicator a weight above 0.")
    return tuple(rules)


def _scores(p: _Problems, where: str, key: str, item: Mapping[str, Any]) -> dict[str, float] | None:
    scores = item.get("scores")
    if key not in CATEGORICAL:
        if scores is not None:
            p.add(f"{where}: `scores` is only for categorical indicators "
                  f"({', '.join(CATEGORICAL)}); {key!r} is a number.")
        return None
    if item.get("direction", "higher") != "higher" or "normalize" in item:
        p.add(f"{where}: {key!r} is scored through its `scores` table; `direction` and "
              "`normalize` do not apply.")
    if not isinstance(scores, Mapping) or not scores:
        p.add(f"{where}: {key!r} is categorical and needs a `scores` table, e.g. "
              f"scores = {{ \"制造业\" = 80, \"零售\" = 50 }} (0 to 100 each).")
        return None
    table: dict[str, float] = {}
    for value, score in scores.items():
        if not _is_number(score) or not 0 <= score <= 100:
            p.add(f"{where}: score for {value!r} must be a number from 0 to 100 "
                  f"(got {score!r}).")
            continue
        table[str(value)] = float(score)
    return table


def _levels(p: _Problems, items: object, default: tuple[TierLevel, ...] | None, bound: str,
            kind: str) -> tuple[TierLevel, ...]:
    if items is None:
        if default is not None:
            return default
        what = {"thresholds": "a minimum `min` for each tier but the last",
                "quotas": "a `share` for each tier but the last"}[kind]
        p.add(f"[tiers] `levels` is missing: list the tiers from the top, with {what}.")
        return ()
    if not isinstance(items, list) or not all(isinstance(i, Mapping) for i in items):
        p.add("[tiers] `levels` must be a list of tables, e.g. "
              "levels = [ { label = \"A\", ... }, { label = \"B\" } ].")
        return ()
    if len(items) < 2:
        p.add("[tiers] `levels`: give at least two tiers.")
    levels: list[TierLevel] = []
    labels: set[str] = set()
    for n, item in enumerate(items, 1):
        label = item.get("label")
        where = f"tier {n} ({label!r})" if isinstance(label, str) else f"tier {n}"
        _unknown_keys(p, item, _LEVEL_KEYS, f"{where}: ")
        if not isinstance(label, str) or not label.strip():
            p.add(f"{where}: `label` is missing.")
            label = f"#{n}"
        label = label.strip()
        if len(label) > MAX_LABEL:
            p.add(f"{where}: label longer than {MAX_LABEL} characters.")
        if label in labels:
            p.add(f"{where}: label {label!r} is used twice.")
        labels.add(label)
        for other in ("min", "cum_share", "share"):
            if other != bound and other in item:
                p.add(f"{where}: `{other}` does not apply here; {_bound_hint(kind)}.")
        value = item.get(bound)
        last = n == len(items)
        if value is not None and not _is_number(value):
            p.add(f"{where}: `{bound}` must be a number (got {value!r}).")
            value = None
        if last and value is not None and not (kind == "cutoffs" and value == 0):
            p.add(f"{where}: the last tier takes the rest; remove its `{bound}`"
                  + (" (or set min = 0)." if kind == "cutoffs" else "."))
            value = None
        if not last and bound not in item:
            p.add(f"{where}: `{bound}` is missing; {_bound_hint(kind)}.")
        levels.append(TierLevel(label=label, **({bound: float(value)} if value is not None
                                                 else {})))
    _check_order(p, levels, bound, kind)
    return tuple(levels)


def _bound_hint(kind: str) -> str:
    return {
        "abc": "ABC tiers take a cumulative share `cum_share` (0.80 = 80 %)",
        "cutoffs": "score cut-off tiers take a minimum score `min` (0 to 100)",
        "quotas": "quota tiers take a `share` of the accounts (0.05 = 5 %)",
        "thresholds": "threshold tiers take a minimum value `min`",
    }[kind]


def _check_order(p: _Problems, levels: list[TierLevel], bound: str, kind: str) -> None:
    values = [(lv.label, getattr(lv, bound)) for lv in levels if getattr(lv, bound) is not None]
    if kind == "abc":
        for label, v in values:
            if not 0 < v <= 1:
                p.add(f"tier {label!r}: cum_share {v} is outside 0 to 1 (0.80 = 80 %); "
                      "shares over 100 % cannot be reached.")
        for (a, va), (b, vb) in itertools.pairwise(values):
            if vb <= va:
                p.add(f"cut-offs out of order: tier {b!r} (cum_share {vb}) must be above "
                      f"tier {a!r} ({va}).")
    elif kind == "quotas":
        for label, v in values:
            if not 0 < v <= 1:
                p.add(f"tier {label!r}: share {v} is outside 0 to 1 (0.05 = 5 %).")
        total = sum(v for _, v in values)
        if total > 1 + 1e-9:
            p.add(f"the shares add up to {total:.0%}, over 100 %.")
    else:
        if kind == "cutoffs":
            for label, v in values:
                if not 0 <= v <= 100:
                    p.add(f"tier {label!r}: min {v} is outside the score range 0 to 100.")
        for (a, va), (b, vb) in itertools.pairwise(values):
            if vb >= va:
                p.add(f"cut-offs out of order: tier {b!r} (min {_num(vb)}) must be below "
                      f"tier {a!r} (min {_num(va)}); list the tiers from the top.")


# --- writing -----------------------------------------------------------------------------------


def policy_to_dict(policy: Policy) -> dict[str, Any]:
    """The TOML structure of a policy (defaults left out, as a user would write it)."""
    data: dict[str, Any] = {"name": policy.name, "method": policy.method}
    if policy.description:
        data["description"] = policy.description
    window = {k: v for k, v in (("start", policy.window_start), ("end", policy.window_end))
              if v is not None}
    if window:
        data["window"] = window
    if policy.method != PolicyMethod.WEIGHTED:
        if policy.indicator is not None:
            data["indicator"] = policy.indicator
    else:
        data["indicators"] = [_rule_dict(rule) for rule in policy.indicators]
    tiers: dict[str, Any] = {}
    if policy.method == PolicyMethod.WEIGHTED and policy.mode:
        tiers["mode"] = policy.mode
    tiers["levels"] = [
        {"label": lv.label, **{k: getattr(lv, k) for k in ("min", "cum_share", "share")
                               if getattr(lv, k) is not None}}
        for lv in policy.levels
    ]
    data["tiers"] = tiers
    return data


def _rule_dict(rule: IndicatorRule) -> dict[str, Any]:
    item: dict[str, Any] = {"key": rule.key, "weight": rule.weight}
    if rule.scores is not None or rule.key in CATEGORICAL:
        item["scores"] = dict(rule.scores or {})
    else:
        item["direction"] = rule.direction
        item["normalize"] = rule.normalize
    item["missing"] = rule.missing
    return item


def policy_to_toml(policy: Policy) -> str:
    """The policy as TOML in the layout of CLASSIFICATION.md; `parse_policy` reads it back."""
    data = policy_to_dict(policy)
    out = [f"name = {_str(data['name'])}", f"method = {_str(data['method'])}"]
    if "description" in data:
        out.append(f"description = {_str(data['description'])}")
    if "indicator" in data:
        out.append(f"indicator = {_str(data['indicator'])}")
    if "window" in data:
        out += ["", "[window]"] + [f"{k} = {v.isoformat()}" for k, v in data["window"].items()]
    for item in data.get("indicators", []):
        out += ["", "[[indicators]]"]
        for key, value in item.items():
            if key == "scores":
                pairs = ", ".join(f"{_str(k)} = {_num(v)}" for k, v in value.items())
                out.append(f"scores = {{ {pairs} }}" if pairs else "scores = {}")
            elif isinstance(value, str):
                out.append(f"{key} = {_str(value)}")
            else:
                out.append(f"{key} = {_num(value)}")
    tiers = data["tiers"]
    out += ["", "[tiers]"]
    if "mode" in tiers:
        out.append(f"mode = {_str(tiers['mode'])}")
    levels = [
        "{ " + ", ".join(f"label = {_str(v)}" if k == "label" else f"{k} = {_num(v)}"
                         for k, v in level.items()) + " }"
        for level in tiers["levels"]
    ]
    out.append("levels = [\n    " + ",\n    ".join(levels) + ",\n]")
    return "\n".join(out) + "\n"


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f",
            "\r": "\\r"}
_NEEDS_ESCAPE = re.compile(r'["\\\x00-\x1f\x7f]')


def _str(text: str) -> str:
    """A TOML basic string (UTF-8 kept as it is, control characters escaped)."""
    return '"' + _NEEDS_ESCAPE.sub(
        lambda m: _ESCAPES.get(m.group(), f"\\u{ord(m.group()):04x}"), text) + '"'


def _num(value: float) -> str:
    """Whole numbers without a decimal point (weight = 40), others as Python's shortest repr."""
    if float(value).is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(float(value))


def policy_summary(policy: Policy) -> str:
    """One line for lists: method, indicator(s), tiers."""
    tiers = "/".join(policy.labels)
    if policy.method == PolicyMethod.WEIGHTED:
        return f"weighted ({len(policy.indicators)} indicators, {policy.mode}) → {tiers}"
    return f"{policy.method} by {policy.indicator} → {tiers}"


__all__ = [
    "DEFAULT_ABC_LEVELS", "DEFAULT_CUTOFF_LEVELS", "DIRECTIONS", "MISSING_RULES",
    "NORMALIZATIONS", "TIER_MODES", "IndicatorRule", "Policy", "TierLevel", "load_policy_file",
    "parse_policy", "policy_from_dict", "policy_summary", "policy_to_dict", "policy_to_toml",
    "validate_policy",
]
