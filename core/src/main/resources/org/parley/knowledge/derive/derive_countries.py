#!/usr/bin/env python3
"""Derive Parley's countries.tsv from ISO 3166-1 (Debian's iso-codes package) and country_facts.tsv.

Usage: python3 derive_countries.py [ISO_JSON] > ../countries.tsv
ISO_JSON defaults to /usr/share/iso-codes/json/iso_3166-1.json (apt-get install iso-codes).

ISO gives the codes and the reference names; country_facts.tsv (hand-curated, sources in its header)
gives the names news actually uses, demonyms, capitals, UN status and ambiguity. The script fails
when the two disagree on which countries exist, so a new ISO release cannot be merged silently.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
COLUMNS = ["alpha3", "name", "official", "aliases", "adjectives", "people", "capitals", "status", "ambiguous"]
# codes that ISO 3166-1 does not assign but news needs: alpha3 -> (alpha2, numeric)
USER_ASSIGNED = {"XKX": ("XK", "")}


def split(field):
    return [x.strip() for x in field.split("|") if x.strip()]


def read_facts(path):
    rows = {}
    header_seen = False
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            if not header_seen:
                if cells != COLUMNS:
                    sys.exit(f"{path}:{number}: header must be {COLUMNS}")
                header_seen = True
                continue
            if len(cells) != len(COLUMNS):
                sys.exit(f"{path}:{number}: {len(cells)} columns, expected {len(COLUMNS)}")
            row = dict(zip(COLUMNS, cells))
            if row["alpha3"] in rows:
                sys.exit(f"{path}:{number}: {row['alpha3']} listed twice")
            rows[row["alpha3"]] = row
    return rows


def default_people(adjectives):
    people = []
    for adj in adjectives:
        if adj.endswith("ese"):
            people.append(adj)
        elif adj.endswith("an") or adj.endswith("i"):
            people += [adj, adj + "s"]
    return people


def iso_names(entry):
    """ISO's names that can appear in running text (not the inverted 'Korea, Republic of' forms)."""
    names = []
    for key in ("name", "common_name", "official_name"):
        value = entry.get(key)
        if not value or "," in value or "(" in value:
            continue
        if value.startswith("the "):
            value = value[4:]
        names.append(value)
    return names


def unique(values, exclude=()):
    seen = set(exclude)
    out = []
    for v in values:
        if v not in seen:
            seen.add(v)
            out.append(v)
    return out


def main():
    iso_path = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/iso-codes/json/iso_3166-1.json"
    with open(iso_path, encoding="utf-8") as f:
        iso = {e["alpha_3"]: e for e in json.load(f)["3166-1"]}
    facts = read_facts(os.path.join(HERE, "country_facts.tsv"))

    missing = sorted(set(iso) - set(facts))
    extra = sorted(set(facts) - set(iso) - set(USER_ASSIGNED))
    if missing or extra:
        sys.exit(f"country_facts.tsv out of step with ISO: missing {missing}, unknown {extra}")

    out = sys.stdout
    out.write("# Countries and territories: ISO 3166-1 (Debian iso-codes) merged with derive/country_facts.tsv\n")
    out.write("# by derive/derive_countries.py. Do not edit by hand: edit the facts file and re-run the script.\n")
    out.write("\t".join(["alpha3", "alpha2", "numeric", "name", "official_name", "aliases", "adjectives",
                         "people", "capitals", "status", "ambiguous"]) + "\n")
    for alpha3 in sorted(facts):
        row = facts[alpha3]
        entry = iso.get(alpha3)
        if entry:
            alpha2, numeric = entry["alpha_2"], entry["numeric"]
            official = entry.get("official_name", "")
            if official.startswith("the "):
                official = official[4:]
            if "," in official or not official:
                official = row["name"]
            official = row["official"] or official
            names = iso_names(entry)
        else:
            alpha2, numeric = USER_ASSIGNED[alpha3]
            official, names = row["official"] or row["name"], []
        adjectives = split(row["adjectives"])
        people = [] if row["people"] == "-" else split(row["people"]) or default_people(adjectives)
        aliases = unique(split(row["aliases"]) + names, exclude=(row["name"], official))
        cells = [alpha3, alpha2, numeric, row["name"], official, "|".join(aliases), "|".join(adjectives),
                 "|".join(people), "|".join(split(row["capitals"])), row["status"],
                 "|".join(split(row["ambiguous"]))]
        out.write("\t".join(cells) + "\n")


if __name__ == "__main__":
    main()
