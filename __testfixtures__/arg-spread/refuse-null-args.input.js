const value = compute.apply(null, null);
