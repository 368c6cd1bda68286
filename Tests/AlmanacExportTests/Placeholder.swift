// Local placeholder until the export branch lands (untracked).
