#!/usr/bin/python3
# The scikit-learn side of the selection speed comparison in docs/benchmarks.md (issue 4), for
# measuring only: it is not part of the build or the tests. Needs Debian's python3-sklearn.
#   tracemark-cli bench select --traces 1000000 --k 1000 --dump /tmp/vectors.f32
#   /usr/bin/python3 tools/sklearn_kmeans_baseline.py /tmp/vectors.f32 1000 [dim]
# Fits KMeans(k-means++, n_init=1) on the same 10 % sample Tracemark fits, then predicts every row.
import sys
import time

import numpy as np
import sklearn
from sklearn.cluster import KMeans

path, k = sys.argv[1], int(sys.argv[2])
dim = int(sys.argv[3]) if len(sys.argv) > 3 else 64
rows = np.fromfile(path, dtype=np.float32).reshape(-1, dim)
sample = np.fromfile(path + ".sample", dtype=np.int64)
fit_rows = rows[sample]
start = time.perf_counter()
model = KMeans(n_clusters=k, init="k-means++", n_init=1, random_state=0).fit(fit_rows)
fitted = time.perf_counter()
model.predict(rows)
done = time.perf_counter()
print(f"sklearn {sklearn.__version__}: n={rows.shape[0]} sample={fit_rows.shape[0]} k={k}: "
      f"fit {fitted - start:.2f} s ({model.n_iter_} iterations, inertia {model.inertia_:.2f}) "
      f"+ predict {done - fitted:.2f} s = {done - start:.2f} s")
