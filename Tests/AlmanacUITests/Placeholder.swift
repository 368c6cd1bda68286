// Local placeholder until the ui branch lands (untracked).
