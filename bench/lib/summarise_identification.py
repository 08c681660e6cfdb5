"""Reads the side-by-side run's outputs and prints medians, the speed ratio and per-endpoint correctness."""
import json
import statistics
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

out, runs = Path(sys.argv[1]), int(sys.argv[2])
expected = dict(line.split("\t") for line in (out / "expected.tsv").read_text().split("\n") if line)
times = {"ward": [], "nmap": []}
for line in (out / "times.txt").read_text().split("\n")[-2 * runs - 1:]:
    if line:
        tool, _, secs = line.split()
        times[tool].append(int(secs) / 1000.0)


def ward_named(path):
    report = json.loads(path.read_text())
    named = {}
    for exposure in report.get("exposures", []):
        port = exposure["endpoint"].rsplit(":", 1)[-1]
        named[port] = exposure["outcome"]
    return named


def nmap_named(path):
    named = {}
    for port in ET.parse(path).getroot().iter("port"):
        service = port.find("service")
        name = "" if service is None else " ".join(filter(None, [service.get("name"), service.get("product")]))
        named[port.get("portid")] = name
    return named


ward = ward_named(out / f"ward-{runs}.json")
nmap = nmap_named(out / f"nmap-{runs}.xml")
ward_ok = sum(1 for p, want in expected.items() if ward.get(p) == want)
nmap_ok = sum(1 for p in expected if "clickhouse" in nmap.get(p, "").lower())
mw, mn = statistics.median(times["ward"]), statistics.median(times["nmap"])
print(f"{'port':>6}  {'expected':<14} {'ward':<16} nmap -sV")
for p, want in expected.items():
    print(f"{p:>6}  {want:<14} {ward.get(p, '-'):<16} {nmap.get(p, '-') or '(unnamed)'}")
print()
print(f"runs: {runs}; times (s) ward {['%.2f' % t for t in times['ward']]}, nmap {['%.2f' % t for t in times['nmap']]}")
print(f"median wall time: ward {mw:.2f} s, nmap -sV {mn:.2f} s, ratio {mn / mw:.0f}x")
print(f"named correctly: ward {ward_ok}/{len(expected)}, nmap -sV {nmap_ok}/{len(expected)}")
