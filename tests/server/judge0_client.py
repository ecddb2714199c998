#!/usr/bin/env python3
"""Replays the request sequence of the official Judge0 Python client
(judge0-python 0.0.8: clients.py, submission.py, retry.py) against a real
`airlock serve`, and checks every answer as that client's pydantic models
would read it: the 39 keys of /config_info with their types, status ids
1..14, strict base64, the datetime format, UUID v4 tokens, and exactly the
35 attributes for fields=*.

usage: judge0_client.py BASE_URL KEY     (BASE_URL ends in /judge0)
Exit 0 when every check held; each failure is printed on one line.
"""
import base64
import sys
import time
import uuid
from datetime import datetime

import requests

BASE, KEY = sys.argv[1], sys.argv[2]
HEADERS = {
    "X-Auth-Token": KEY,
    "X-Judge0-App": "judge0-python",
    "X-Judge0-App-Version": "0.0.8",
}
failures = []
checks = 0


def check(cond, what):
    global checks
    checks += 1
    if not cond:
        failures.append(what)
        print("FAIL:", what)


# base_types.py Config: every key and its type.
CONFIG = {
    "allow_enable_network": bool,
    "allow_enable_per_process_and_thread_memory_limit": bool,
    "allow_enable_per_process_and_thread_time_limit": bool,
    "allowed_languages_for_compile_options": list,
    "callbacks_max_tries": int,
    "callbacks_timeout": float,
    "cpu_extra_time": float,
    "cpu_time_limit": float,
    "enable_additional_files": bool,
    "enable_batched_submissions": bool,
    "enable_callbacks": bool,
    "enable_command_line_arguments": bool,
    "enable_compiler_options": bool,
    "enable_network": bool,
    "enable_per_process_and_thread_memory_limit": bool,
    "enable_per_process_and_thread_time_limit": bool,
    "enable_submission_delete": bool,
    "enable_wait_result": bool,
    "maintenance_mode": bool,
    "max_cpu_extra_time": float,
    "max_cpu_time_limit": float,
    "max_extract_size": int,
    "max_file_size": int,
    "max_max_file_size": int,
    "max_max_processes_and_or_threads": int,
    "max_memory_limit": int,
    "max_number_of_runs": int,
    "max_processes_and_or_threads": int,
    "max_queue_size": int,
    "max_stack_limit": int,
    "max_submission_batch_size": int,
    "max_wall_time_limit": float,
    "memory_limit": int,
    "number_of_runs": int,
    "redirect_stderr_to_stdout": bool,
    "stack_limit": int,
    "submission_cache_duration": float,
    "use_docs_as_homepage": bool,
    "wall_time_limit": float,
}
ATTRIBUTES = (
    "source_code language_id stdin expected_output stdout status_id created_at "
    "finished_at time memory stderr token number_of_runs cpu_time_limit "
    "cpu_extra_time wall_time_limit memory_limit stack_limit "
    "max_processes_and_or_threads enable_per_process_and_thread_time_limit "
    "enable_per_process_and_thread_memory_limit max_file_size compile_output "
    "exit_code exit_signal message wall_time compiler_options "
    "command_line_arguments redirect_stderr_to_stdout callback_url "
    "additional_files enable_network status language"
).split()
ENCODED = ["stdout", "stderr", "compile_output", "source_code", "stdin", "expected_output"]


def b64(s):
    return base64.b64encode(s.encode()).decode()


def unb64(s):
    return base64.b64decode(s, validate=True).decode()


def type_ok(value, t):
    if t is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if t is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, t)


def check_submission(sub, what):
    check(sorted(sub) == sorted(ATTRIBUTES), f"{what}: fields=* gives the 35 attributes: "
          f"extra {set(sub) - set(ATTRIBUTES)}, missing {set(ATTRIBUTES) - set(sub)}")
    check(1 <= sub["status"]["id"] <= 14, f"{what}: status id {sub['status']}")
    check(sub["status_id"] == sub["status"]["id"], f"{what}: status_id")
    for field in ENCODED:
        if sub.get(field):
            try:
                unb64(sub[field])
                check(True, "")
            except Exception as e:  # noqa: BLE001 - any decoding error fails
                check(False, f"{what}: {field} is not strict base64: {e}")
    for field in ("created_at", "finished_at"):
        if sub[field] is not None:
            try:
                datetime.strptime(sub[field], "%Y-%m-%dT%H:%M:%S.%fZ")
                check(True, "")
            except ValueError as e:
                check(False, f"{what}: {field} {sub[field]!r}: {e}")
    for field in ("time", "wall_time", "cpu_time_limit", "cpu_extra_time", "wall_time_limit"):
        if sub[field] is not None:
            check(isinstance(sub[field], str), f"{what}: {field} is a decimal string")
            float(sub[field])
    check(uuid.UUID(sub["token"]).version == 4, f"{what}: token is a UUID v4")
    check(isinstance(sub["language"], dict) and sub["language"]["id"] == sub["language_id"],
          f"{what}: language object")


def wait_done(token):
    """retry.py: poll every 0.1 s until the status is neither 1 nor 2."""
    for _ in range(600):
        r = requests.get(f"{BASE}/submissions/{token}",
                         params={"base64_encoded": "true", "fields": "*"}, headers=HEADERS)
        check(r.status_code == 200, f"GET submission: {r.status_code} {r.text}")
        sub = r.json()
        if sub["status"]["id"] not in (1, 2):
            return sub
        time.sleep(0.1)
    raise SystemExit("a submission did not end in 60 s")


def main():
    # 1. the client's constructor
    r = requests.get(f"{BASE}/languages", headers=HEADERS)
    check(r.status_code == 200, f"/languages {r.status_code}")
    ids = {lang["id"] for lang in r.json()}
    for want in (71, 100, 113, 63, 97, 102, 46, 48, 49, 50, 75, 103, 104, 52, 54, 105):
        check(want in ids, f"/languages has id {want}")
    check(all(set(lang) == {"id", "name"} for lang in r.json()), "/languages items are {id, name}")
    r = requests.get(f"{BASE}/config_info", headers=HEADERS)
    check(r.status_code == 200, f"/config_info {r.status_code}")
    config = r.json()
    check(len(config) == 39, f"/config_info has 39 keys, not {len(config)}")
    check(set(config) == set(CONFIG),
          f"/config_info keys: extra {set(config) - set(CONFIG)}, missing {set(CONFIG) - set(config)}")
    for key, t in CONFIG.items():
        check(key in config and type_ok(config[key], t), f"config_info {key} is {t.__name__}")
    check(all(isinstance(x, str) for x in config["allowed_languages_for_compile_options"]),
          "allowed_languages_for_compile_options is list[str]")
    # 2. the aliases' table is chosen by /about's version
    r = requests.get(f"{BASE}/about", headers=HEADERS)
    check(r.json()["version"] == "1.13.1", f"/about version {r.text}")
    # 3-4. create (base64, no wait), then poll with fields=*
    body = {"source_code": b64("print(input()[::-1])"), "language_id": 71,
            "stdin": b64("olleh\n"), "expected_output": b64("hello")}
    r = requests.post(f"{BASE}/submissions", params={"base64_encoded": "true", "wait": "false"},
                      json=body, headers=HEADERS)
    check(r.status_code == 201, f"create {r.status_code} {r.text}")
    check(list(r.json()) == ["token"], f"create answers only the token: {r.text}")
    sub = wait_done(r.json()["token"])
    check_submission(sub, "single")
    check(sub["status"] == {"id": 3, "description": "Accepted"}, f"single: {sub['status']}")
    check(unb64(sub["stdout"]) == "hello\n", f"single: stdout {sub['stdout']}")
    check(unb64(sub["source_code"]) == "print(input()[::-1])", "single: source_code kept")
    # 5. many: batch in chunks of max_submission_batch_size
    programs = [
        ("print(1)", 71, None, "1"),                     # Accepted
        ("print(2)", 71, None, "3"),                     # Wrong Answer
        ("int main( { return 0; }", 50, None, None),     # Compilation Error
        ("console.log(process.argv.length)", 63, None, None),
        ("echo $((6*7))", 46, None, "42"),
    ]
    batch = []
    for code, lang, stdin, expected in programs:
        item = {"source_code": b64(code), "language_id": lang}
        if stdin is not None:
            item["stdin"] = b64(stdin)
        if expected is not None:
            item["expected_output"] = b64(expected)
        batch.append(item)
    size = config["max_submission_batch_size"]
    tokens = []
    for i in range(0, len(batch), size):
        r = requests.post(f"{BASE}/submissions/batch", params={"base64_encoded": "true"},
                          json={"submissions": batch[i:i + size]}, headers=HEADERS)
        check(r.status_code == 201, f"batch create {r.status_code} {r.text}")
        tokens += [t["token"] for t in r.json()]
    for _ in range(600):
        r = requests.get(f"{BASE}/submissions/batch",
                         params={"tokens": ",".join(tokens), "base64_encoded": "true",
                                 "fields": "*"}, headers=HEADERS)
        check(r.status_code == 200, f"batch show {r.status_code}")
        subs = r.json()["submissions"]
        if all(s["status"]["id"] not in (1, 2) for s in subs):
            break
        time.sleep(0.1)
    for s in subs:
        check_submission(s, "batch")
    check([s["status"]["id"] for s in subs] == [3, 4, 6, 3, 3],
          f"batch statuses {[s['status'] for s in subs]}")
    check("error" in unb64(subs[2]["compile_output"]), "compile_output says the error")
    # 6. the other headers hosted clients send; a bad key is 401 with no body
    for headers in ({"X-RapidAPI-Key": KEY, "X-RapidAPI-Host": "judge0-ce.p.rapidapi.com"},
                    {"Authorization": f"Bearer {KEY}"}):
        r = requests.get(f"{BASE}/statuses", headers=headers)
        check(r.status_code == 200 and len(r.json()) == 14, f"{list(headers)[0]}: {r.status_code}")
    r = requests.get(f"{BASE}/statuses", headers={"X-Auth-Token": "ak_nope"})
    check(r.status_code == 401 and r.text == "", f"bad key: {r.status_code} {r.text!r}")
    print(f"judge0-python replay: {checks - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
