"""Plans: pipelines and batches expanded into runs, validated and priced before anything is sent."""
