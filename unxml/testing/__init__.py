"""Hypothesis strategies and a layout-noise model, reusable by projects that test against unxml."""
