#!/usr/bin/env python3
"""The Kubernetes manifests (contrib/kubernetes), checked offline: there is
no cluster here, so what is checked is their structure and the settings the
container tests found airlock needs, and that every flag they give
`airlock serve` is one it takes. Usage: k8s_check.py MANIFEST_DIR AIRLOCK_BIN
Exit 0 with "ok" lines, 1 with what is wrong."""
import glob, os, re, subprocess, sys

import yaml

top, airlock = sys.argv[1], sys.argv[2]
docs = []
for f in sorted(glob.glob(os.path.join(top, "*.yaml"))):
    with open(f) as fh:
        docs += [(f, d) for d in yaml.safe_load_all(fh) if d]
problems = []


def need(cond, what):
    if not cond:
        problems.append(what)


kinds = {}
for f, d in docs:
    for k in ("apiVersion", "kind"):
        need(k in d, "%s: an object without %s" % (f, k))
    if d.get("kind") != "Kustomization":
        need(d.get("metadata", {}).get("name"), "%s: a %s without a name" % (f, d.get("kind")))
    kinds.setdefault(d.get("kind"), []).append(d)

kust = kinds.get("Kustomization", [{}])[0]
for r in kust.get("resources", []):
    need(os.path.exists(os.path.join(top, r)), "kustomization names %s, which is missing" % r)

for w in kinds.get("Deployment", []) + kinds.get("StatefulSet", []):
    name = w["metadata"]["name"]
    spec = w["spec"]
    need(spec["selector"]["matchLabels"].items() <= spec["template"]["metadata"]["labels"].items(),
         "%s: the selector does not select its pods" % name)
    for c in spec["template"]["spec"]["containers"]:
        need("readinessProbe" in c, "%s/%s: no readiness probe" % (name, c["name"]))

deploy = [d for d in kinds.get("Deployment", []) if d["metadata"]["name"] == "airlock"]
need(len(deploy) == 1, "no Deployment named airlock")
if deploy:
    pod = deploy[0]["spec"]["template"]["spec"]
    c = pod["containers"][0]
    sc, psc = c.get("securityContext", {}), pod.get("securityContext", {})
    need(c["readinessProbe"].get("httpGet", {}).get("path") == "/healthz", "readiness is not /healthz")
    need(psc.get("runAsNonRoot") is True and psc.get("runAsUser", 0) != 0, "airlock must run as an ordinary user")
    need(psc.get("seccompProfile", {}).get("type") == "Unconfined",
         "the pod needs seccompProfile Unconfined (a runtime's default refuses namespaces)")
    need(sc.get("procMount") == "Unmasked" and pod.get("hostUsers") is False,
         "the container needs procMount Unmasked (with hostUsers: false)")
    need(sc.get("allowPrivilegeEscalation") is False, "allowPrivilegeEscalation must be false")
    need(sc.get("capabilities", {}).get("drop") == ["ALL"], "every capability must be dropped")
    need(deploy[0]["spec"]["replicas"] >= 2, "more than one node")
    cm = {d["metadata"]["name"]: d for d in kinds.get("ConfigMap", [])}.get("airlock-config")
    grace = yaml.safe_load(cm["data"]["airlock.yaml"]).get("grace_period_s", 10) if cm else 10
    need(pod.get("terminationGracePeriodSeconds", 30) > grace,
         "terminationGracePeriodSeconds must be longer than grace_period_s (%s)" % grace)
    args = c.get("args", [])
    env = {e["name"] for e in c.get("env", [])}
    for ref in re.findall(r"\$\((\w+)\)", " ".join(args)):
        need(ref in env, "args use $(%s), which no env gives" % ref)
    need(args[:1] == ["serve"], "the container runs airlock serve")
    help_text = subprocess.run([airlock, "serve", "--help"], capture_output=True, text=True)
    usage = help_text.stdout + help_text.stderr
    for flag in [a for a in args if a.startswith("--")]:
        need(re.search(r"(^|[\s\[|])%s(\s|=|,|]|$)" % re.escape(flag), usage, re.M),
             "airlock serve does not take %s" % flag)
    ports = {p["name"]: p["containerPort"] for p in c.get("ports", [])}
    listen = args[args.index("--listen") + 1] if "--listen" in args else ""
    need(listen.endswith(":%s" % ports.get("http")), "--listen and the http port disagree")

if problems:
    for p in problems:
        print("not ok - kubernetes: %s" % p)
    sys.exit(1)
print("ok - kubernetes manifests: %d objects, structure and airlock's settings" % (len(docs) - 1))
