// One test here restarts the broker, which every other test in this assembly depends on: run them one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
