"""``python tests/report_on_a_cluster.py ADDRESS_FILE FOLDER ARGS...``: start a LocalCluster of two worker processes,
write its scheduler's address into ADDRESS_FILE, and run ``python -m analysis report ARGS --scheduler ADDRESS`` in
FOLDER, as a user would on a cluster that already runs; exits with the report's code."""
import subprocess
import sys
from pathlib import Path

import distributed


def main(address_file: str, folder: str, *args: str) -> int:
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                                  silence_logs=50) as cluster:
        Path(address_file).write_text(cluster.scheduler_address, encoding="utf-8")
        return subprocess.call([sys.executable, "-m", "analysis", "report", *args, "--scheduler",
                                cluster.scheduler_address], cwd=folder)


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
