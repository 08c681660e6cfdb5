#!/usr/bin/env python3
"""Summarises bench/services-vs-nmap.sh: median times, ratio, and the share of services each tool named correctly.

Ward is right when its exposure names the expected service id. nmap is given the benefit of the doubt: it is right
when its service name, product or extra info mentions the product at all (case-insensitive, whole word).
"""
import re
import statistics
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

KEYWORDS = {
    "redis": ["redis"], "postgresql": ["postgres", "postgresql"], "mysql": ["mysql", "mariadb"],
    "memcached": ["memcache", "memcached"], "jupyter": ["jupyter"], "prometheus": ["prometheus"], "etcd": ["etcd"],
    "docker-registry": ["docker registry", "docker-registry", "docker distribution"], "influxdb": ["influxdb", "influx"],
    "rabbitmq": ["rabbitmq"], "amqp": ["amqp", "rabbitmq"], "ollama": ["ollama"], "vllm": ["vllm"],
    "openai-compatible": ["llama.cpp", "llamacpp", "openai"], "litellm": ["litellm"], "ray": ["ray"],
    "mlflow": ["mlflow"], "tensorboard": ["tensorboard"], "gradio": ["gradio"], "streamlit": ["streamlit"],
    "kubeflow-pipelines": ["kubeflow"], "torchserve": ["torchserve"], "triton": ["triton"], "qdrant": ["qdrant"],
    "weaviate": ["weaviate"], "milvus": ["milvus"], "chroma": ["chroma", "chromadb"],
    "elasticsearch": ["elasticsearch", "opensearch"], "docker": ["docker"], "kubelet": ["kubelet", "kubernetes"],
    "minio": ["minio"], "langflow": ["langflow"], "flowise": ["flowise"], "comfyui": ["comfyui"],
    "label-studio": ["label studio", "label-studio"],
}


def main(out: Path, runs: int) -> None:
    expected = {}
    for line in (out / "expected.tsv").read_text().splitlines():
        port, service, kind = line.split("\t")
        expected[port] = (service, kind)
    times = {"ward": [], "nmap": []}
    for line in (out / "times.txt").read_text().splitlines():
        tool, _, ms = line.split()
        times[tool].append(int(ms) / 1000)
    ward = {}
    for line in (out / f"ward-{runs}.tsv").read_text().splitlines():
        port, service, access = line.split("\t")
        ward[port] = (service, access)
    nmap = {}
    for port in ET.parse(out / f"nmap-{runs}.xml").getroot().iter("port"):
        svc = port.find("service")
        text = "" if svc is None else " ".join(svc.get(k, "") for k in ("name", "product", "extrainfo", "version"))
        nmap[port.get("portid")] = text.strip()

    def nmap_right(port):
        text = nmap.get(port, "").lower()
        return any(re.search(r"(?<![a-z])" + re.escape(k) + r"(?![a-z])", text) for k in KEYWORDS[expected[port][0]])

    print(f"{'port':>6}  {'expected':<20} {'kind':<32} {'ward':<28} nmap")
    ward_ok = nmap_ok = 0
    for port, (service, kind) in sorted(expected.items(), key=lambda kv: (kv[1][1] != "real", kv[1][0])):
        w = ward.get(port, ("-", "-"))
        w_ok = w[0] == service
        n_ok = nmap_right(port)
        ward_ok += w_ok
        nmap_ok += n_ok
        print(f"{port:>6}  {service:<20} {kind:<32} {('OK ' if w_ok else 'NO ') + w[0] + ' ' + w[1]:<28} "
              f"{'OK ' if n_ok else 'NO '}{nmap.get(port, '(no answer)')[:50]}")
    total = len(expected)
    wm, nm = statistics.median(times["ward"]), statistics.median(times["nmap"])
    print()
    print(f"services: {total} ({sum(1 for s in expected.values() if s[1] == 'real')} real servers, "
          f"{sum(1 for s in expected.values() if s[1] != 'real')} stand-ins)")
    print(f"ward: median {wm:.2f} s over {len(times['ward'])} runs {times['ward']}; named {ward_ok}/{total} correctly")
    print(f"nmap -sV: median {nm:.2f} s over {len(times['nmap'])} runs {times['nmap']}; named {nmap_ok}/{total} correctly")
    print(f"ratio: ward is {nm / wm:.1f}x faster")


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
