"""Reference values for MixedModelTest: statsmodels' MixedLM (REML) and OLS with cluster-robust (CR1) SEs.

Run from the repository root (needs statsmodels; `apt-get install -y python3-statsmodels`):
    /usr/bin/python3 src/test/resources/stats/mixed_model_reference.py > src/test/resources/stats/mixed-model-reference.txt
The Java test reads the output file; it never runs Python. mixed-model.csv is a made-up table:
6 clusters (outlets) of 3, 5, 4, 7, 2 and 6 rows; `period` (2 values) and `label` (3 values) vary
within the clusters (a crossed design).
"""
import sys
import numpy as np
import pandas as pd
import statsmodels
import statsmodels.formula.api as smf
from scipy.stats import chi2

HERE = __file__.rsplit("/", 1)[0]
df = pd.read_csv(HERE + "/mixed-model.csv")
print("# statsmodels", statsmodels.__version__, "numpy", np.__version__)
print("# file: mixed-model.csv; key = value; params in order intercept, then the non-reference groups (natural order)")
for field in ["period", "label"]:
    m = smf.mixedlm(f"y ~ C({field})", df, groups=df["cluster"]).fit(reml=True)
    assert m.converged, field
    print(f"{field}.mixed.fe = " + " ".join(repr(float(v)) for v in m.fe_params))
    print(f"{field}.mixed.se = " + " ".join(repr(float(v)) for v in m.bse_fe))
    print(f"{field}.mixed.group_var = {float(m.cov_re.iloc[0, 0])!r}")
    print(f"{field}.mixed.scale = {float(m.scale)!r}")
    print(f"{field}.mixed.llf = {float(m.llf)!r}")
    # the Wald test of all group coefficients (z for one coefficient, chi-square for several)
    k = len(m.fe_params)
    b = np.asarray(m.fe_params)[1:]
    v = np.asarray(m.cov_params())[1:k, 1:k]
    wald = float(b @ np.linalg.solve(v, b))
    print(f"{field}.mixed.wald = {wald!r}")  # with statsmodels' covariance (inverse observed information)
    print(f"{field}.mixed.wald_p = {float(chi2.sf(wald, k - 1))!r}")
    # the conventional (GLS, as lme4's vcov) covariance sigma^2 (X'V^-1 X)^-1 at statsmodels' estimates, by numpy
    levels = sorted(df[field].unique())
    x = np.column_stack([np.ones(len(df))] + [(df[field] == lv).astype(float) for lv in levels[1:]])
    gamma = float(m.cov_re.iloc[0, 0]) / float(m.scale)
    xvx = np.zeros((k, k))
    for _, d in df.groupby("cluster"):
        xj = x[d.index.values]
        n = len(d)
        xvx += xj.T @ (np.eye(n) - gamma / (1 + n * gamma) * np.ones((n, n))) @ xj
    gls = float(m.scale) * np.linalg.inv(xvx)
    print(f"{field}.gls.se = " + " ".join(repr(float(v)) for v in np.sqrt(np.diag(gls))))
    gwald = float(b @ np.linalg.solve(gls[1:, 1:], b))
    print(f"{field}.gls.wald = {gwald!r}")
    print(f"{field}.gls.wald_p = {float(chi2.sf(gwald, k - 1))!r}")
    # OLS of the cell means with cluster-robust (CR1, small-sample corrected) covariance
    o = smf.ols(f"y ~ 0 + C({field})", df).fit(cov_type="cluster", cov_kwds={"groups": pd.factorize(df["cluster"])[0]})
    print(f"{field}.cr1.means = " + " ".join(repr(float(v)) for v in o.params))
    print(f"{field}.cr1.se = " + " ".join(repr(float(v)) for v in o.bse))
