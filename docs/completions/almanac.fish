function __almanac_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __almanac_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __almanac_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __almanac_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __almanac_parse_tokens -S
    set -l unparsed_tokens (__almanac_tokens -pc)
    switch $unparsed_tokens[1]
    case 'almanac'
        __almanac_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'guide'
            __almanac_parse_subcommand 0 'theme=' 'content=' 'progress=' 'profile=' 'background=' 'version' 'h/help'
        case 'outcomes'
            __almanac_parse_subcommand 0 'content=' 'json' 'version' 'h/help'
        case 'show'
            __almanac_parse_subcommand 1 'content=' 'progress=' 'profile=' 'json' 'version' 'h/help'
        case 'steps'
            __almanac_parse_subcommand 1 'content=' 'progress=' 'profile=' 'status=' 'json' 'version' 'h/help'
        case 'cases'
            __almanac_parse_subcommand 1 'content=' 'outcome=' 'category=' 'council=' 'type=' 'region=' 'json' 'version' 'h/help'
        case 'search'
            __almanac_parse_subcommand -r 1 'content=' 'limit=' 'json' 'version' 'h/help'
        case 'tick'
            __almanac_parse_subcommand -r 1 'content=' 'progress=' 'profile=' 'json' 'version' 'h/help'
        case 'untick'
            __almanac_parse_subcommand -r 1 'content=' 'progress=' 'profile=' 'json' 'version' 'h/help'
        case 'set'
            __almanac_parse_subcommand 1 'content=' 'progress=' 'profile=' 'status=' 'note=' 'owner=' 'due=' 'today=' 'evidence=+' 'evidence-label=+' 'remove-evidence=+' 'reason=' 'json' 'version' 'h/help'
        case 'status'
            __almanac_parse_subcommand 1 'content=' 'progress=' 'profile=' 'json' 'version' 'h/help'
        case 'export'
            __almanac_parse_subcommand 0 'content=' 'progress=' 'profile=' 'format=' 'output=' 'today=' 'calendar-id=' 'who' 'since=' 'version' 'h/help'
        case 'plan'
            __almanac_parse_subcommand 0 'content=' 'progress=' 'profile=' 'format=' 'owner=' 'outcome=' 'by=' 'output=' 'today=' 'version' 'h/help'
        case 'review'
            __almanac_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'start'
                __almanac_parse_subcommand 1 'progress=' 'profile=' 'json' 'version' 'h/help'
            case 'list'
                __almanac_parse_subcommand 0 'progress=' 'profile=' 'json' 'version' 'h/help'
            case 'diff'
                __almanac_parse_subcommand 2 'content=' 'progress=' 'profile=' 'json' 'format=' 'output=' 'version' 'h/help'
            end
        case 'merge'
            __almanac_parse_subcommand -r 1 'progress=' 'profile=' 'json' 'version' 'h/help'
        case 'compare'
            __almanac_parse_subcommand -r 1 'content=' 'progress=' 'profile=' 'profiles' 'members' 'json' 'version' 'h/help'
        case 'backups'
            __almanac_parse_subcommand 0 'content=' 'progress=' 'profile=' 'json' 'version' 'h/help'
        case 'restore'
            __almanac_parse_subcommand 1 'progress=' 'profile=' 'json' 'version' 'h/help'
        case 'repair'
            __almanac_parse_subcommand 0 'progress=' 'profile=' 'json' 'version' 'h/help'
        case 'profiles'
            __almanac_parse_subcommand 0 'content=' 'json' 'version' 'h/help'
        case 'walkthrough'
            __almanac_parse_subcommand 0 'content=' 'progress=' 'profile=' 'restart' 'background=' 'theme=' 'version' 'h/help'
        case 'present'
            __almanac_parse_subcommand 1 'content=' 'progress=' 'profile=' 'presenter' 'theme=' 'background=' 'council=' 'summary' 'format=' 'notes=' 'timer=' 'version' 'h/help'
        case 'read'
            __almanac_parse_subcommand 0 'content=' 'progress=' 'profile=' 'width=' 'version' 'h/help'
        case 'team'
            __almanac_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'join'
                __almanac_parse_subcommand 1 'progress=' 'profile=' 'name=' 'role=' 'version' 'h/help'
            case 'status'
                __almanac_parse_subcommand 0 'content=' 'progress=' 'profile=' 'json' 'version' 'h/help'
            case 'leave'
                __almanac_parse_subcommand 0 'progress=' 'profile=' 'version' 'h/help'
            case 'sync'
                __almanac_parse_subcommand 0 'progress=' 'profile=' 'version' 'h/help'
            case 'git-setup'
                __almanac_parse_subcommand 0 'progress=' 'profile=' 'version' 'h/help'
            end
        case 'merge-driver'
            __almanac_parse_subcommand 3 'version' 'h/help'
        case 'config'
            __almanac_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'show'
                __almanac_parse_subcommand 0 'json' 'version' 'h/help'
            case 'set'
                __almanac_parse_subcommand -r 2 'version' 'h/help'
            case 'unset'
                __almanac_parse_subcommand 1 'version' 'h/help'
            end
        case 'help'
            __almanac_parse_subcommand -r 1 'version'
        end
    end
end

function __almanac_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __almanac_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __almanac_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __almanac_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__almanac_tokens -p)
    if test -z "$(__almanac_tokens -t)"
        set -l index (count (__almanac_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'almanac' -f
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac" version' -l 'version' -d 'Show the version.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_positional "almanac" -eq 1' -fa 'guide' -d 'Open the full-screen guide (the default when no command is given).'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_positional "almanac" -eq 1' -fa 'outcomes' -d 'List the 12 outcomes with number, id, title and statement.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_positional "almanac" -eq 1' -fa 'show' -d 'Read an outcome, the introduction or an annex as plain text.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_positional "almanac" -eq 1' -fa 'steps' -d 'List the practice steps with id, theme, text and progress.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_positional "almanac" -eq 1' -fa 'cases' -d 'List the case studies: what other councils have done.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_positional "almanac" -eq 1' -fa 'search' -d 'Search the whole almanac.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_positional "almanac" -eq 1' -fa 'tick' -d 'Mark steps done.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_positional "almanac" -eq 1' -fa 'untick' -d 'Mark steps not started (notes, owners and due dates are kept).'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_positional "almanac" -eq 1' -fa 'set' -d 'Set a step\'s status, note, owner, due date, evidence or reason.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_positional "almanac" -eq 1' -fa 'status' -d 'Show progress overall and per outcome, in-progress and overdue steps.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_positional "almanac" -eq 1' -fa 'export' -d 'Write a progress report on the 108 practice steps: Markdown, CSV, HTML or JSON; or the due dates as a calendar (ICS).'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_positional "almanac" -eq 1' -fa 'plan' -d 'Write the action plan: the applicable steps not done, overdue first.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_positional "almanac" -eq 1' -fa 'review' -d 'Record a review of the progress, list reviews, and show what moved since one.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_positional "almanac" -eq 1' -fa 'merge' -d 'Merge other progress files into yours, step by step.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_positional "almanac" -eq 1' -fa 'compare' -d 'Compare progress files, profiles or a team\'s members: outcome by outcome, then the steps that differ.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_positional "almanac" -eq 1' -fa 'backups' -d 'List the kept earlier versions of the progress file, newest first.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_positional "almanac" -eq 1' -fa 'restore' -d 'Bring back backup N (see \'almanac backups\'), keeping the current file as a backup.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_positional "almanac" -eq 1' -fa 'repair' -d 'Move a damaged progress file aside and keep what can be read from it.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_positional "almanac" -eq 1' -fa 'profiles' -d 'List the named progress profiles (use one with --profile NAME).'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_positional "almanac" -eq 1' -fa 'walkthrough' -d 'A guided walk through the almanac for councillors, one screen at a time.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_positional "almanac" -eq 1' -fa 'present' -d 'Project the almanac to a room, driven by a clicker.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_positional "almanac" -eq 1' -fa 'read' -d 'Read the almanac and keep the checklist line by line, for screen readers and scripts.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_positional "almanac" -eq 1' -fa 'team' -d 'Share a council\'s progress through a folder the council already syncs (a shared drive, OneDrive, Syncthing, git).'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_positional "almanac" -eq 1' -fa 'merge-driver' -d 'A git merge driver for progress files: almanac merge-driver %O %A %B (see \'almanac team git-setup\').'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_positional "almanac" -eq 1' -fa 'config' -d 'Show the settings file (theme, default profile, background, keys) and what is set.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_positional "almanac" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac guide" theme' -l 'theme' -d 'Colours: default, high-contrast or mono (NO_COLOR chooses mono).' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac guide" content' -l 'content' -d 'Read the almanac\'s content from FILE.' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac guide" progress' -l 'progress' -d 'Use this progress file (default: $ALMANAC_PROGRESS, else $XDG_DATA_HOME/almanac/progress.json).' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac guide" profile' -l 'profile' -d 'Use the named profile\'s progress file (see \'almanac profiles\').' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac guide" background' -l 'background' -d 'The terminal\'s background: auto (ask the terminal), dark or light. ALMANAC_BACKGROUND sets it for every run.' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac guide" version' -l 'version' -d 'Show the version.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac guide" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac outcomes" content' -l 'content' -d 'Read the almanac\'s content from FILE.' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac outcomes" json' -l 'json' -d 'Print JSON for scripts.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac outcomes" version' -l 'version' -d 'Show the version.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac outcomes" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac show" content' -l 'content' -d 'Read the almanac\'s content from FILE.' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac show" progress' -l 'progress' -d 'Use this progress file (default: $ALMANAC_PROGRESS, else $XDG_DATA_HOME/almanac/progress.json).' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac show" profile' -l 'profile' -d 'Use the named profile\'s progress file (see \'almanac profiles\').' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac show" json' -l 'json' -d 'Print JSON for scripts.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac show" version' -l 'version' -d 'Show the version.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac steps" content' -l 'content' -d 'Read the almanac\'s content from FILE.' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac steps" progress' -l 'progress' -d 'Use this progress file (default: $ALMANAC_PROGRESS, else $XDG_DATA_HOME/almanac/progress.json).' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac steps" profile' -l 'profile' -d 'Use the named profile\'s progress file (see \'almanac profiles\').' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac steps" status' -l 'status' -d 'Only steps with this status: not-started, in-progress, done or not-applicable.' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac steps" json' -l 'json' -d 'Print JSON for scripts.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac steps" version' -l 'version' -d 'Show the version.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac steps" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac cases" content' -l 'content' -d 'Read the almanac\'s content from FILE.' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac cases" outcome' -l 'outcome' -d 'Only this outcome (id, number or start of title).' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac cases" category' -l 'category' -d 'Only categories containing this text, e.g. \'inclusion\'; \'none\' for studies without one.' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac cases" council' -l 'council' -d 'Only councils whose name contains this text, e.g. \'hackney\'.' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac cases" type' -l 'type' -d 'Only councils of this type (Annex B): county, district, unitary, metropolitan, London borough.' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac cases" region' -l 'region' -d 'Only councils in this region (Annex B), e.g. \'south west\', \'wales\'.' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac cases" json' -l 'json' -d 'Print JSON for scripts.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac cases" version' -l 'version' -d 'Show the version.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac cases" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac search" content' -l 'content' -d 'Read the almanac\'s content from FILE.' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac search" limit' -l 'limit' -d 'Show at most this many hits.' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac search" json' -l 'json' -d 'Print JSON for scripts.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac search" version' -l 'version' -d 'Show the version.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac search" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac tick" content' -l 'content' -d 'Read the almanac\'s content from FILE.' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac tick" progress' -l 'progress' -d 'Use this progress file (default: $ALMANAC_PROGRESS, else $XDG_DATA_HOME/almanac/progress.json).' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac tick" profile' -l 'profile' -d 'Use the named profile\'s progress file (see \'almanac profiles\').' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac tick" json' -l 'json' -d 'Print JSON for scripts.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac tick" version' -l 'version' -d 'Show the version.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac tick" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac untick" content' -l 'content' -d 'Read the almanac\'s content from FILE.' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac untick" progress' -l 'progress' -d 'Use this progress file (default: $ALMANAC_PROGRESS, else $XDG_DATA_HOME/almanac/progress.json).' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac untick" profile' -l 'profile' -d 'Use the named profile\'s progress file (see \'almanac profiles\').' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac untick" json' -l 'json' -d 'Print JSON for scripts.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac untick" version' -l 'version' -d 'Show the version.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac untick" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac set" content' -l 'content' -d 'Read the almanac\'s content from FILE.' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac set" progress' -l 'progress' -d 'Use this progress file (default: $ALMANAC_PROGRESS, else $XDG_DATA_HOME/almanac/progress.json).' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac set" profile' -l 'profile' -d 'Use the named profile\'s progress file (see \'almanac profiles\').' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac set" status' -l 'status' -d 'not-started, in-progress, done or not-applicable.' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac set" note' -l 'note' -d 'A note, stored as typed (\'\' clears it).' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac set" owner' -l 'owner' -d 'Who owns the step (\'\' clears it).' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac set" due' -l 'due' -d 'When it is due: YYYY-MM-DD, or today, tomorrow, +3d, +2w, +1m, eow (Friday), eom or a weekday, stored as the date it means (\'\' clears it).' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac set" today' -l 'today' -d 'Take DATE (YYYY-MM-DD) as today: for --due +2w and for what is overdue; default today.' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac set"' -l 'evidence' -d 'Add evidence: a URL, file path or document name (repeatable).' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac set"' -l 'evidence-label' -d 'A label for the evidence given in the same place (\'\' for none; repeatable).' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac set"' -l 'remove-evidence' -d 'Remove evidence item N (1 is the first listed; repeatable).' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac set" reason' -l 'reason' -d 'Why the step is not applicable (\'\' clears it); needs --status not-applicable unless it already is.' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac set" json' -l 'json' -d 'Print JSON for scripts.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac set" version' -l 'version' -d 'Show the version.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac set" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac status" content' -l 'content' -d 'Read the almanac\'s content from FILE.' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac status" progress' -l 'progress' -d 'Use this progress file (default: $ALMANAC_PROGRESS, else $XDG_DATA_HOME/almanac/progress.json).' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac status" profile' -l 'profile' -d 'Use the named profile\'s progress file (see \'almanac profiles\').' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac status" json' -l 'json' -d 'Print JSON for scripts.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac status" version' -l 'version' -d 'Show the version.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac status" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac export" content' -l 'content' -d 'Read the almanac\'s content from FILE.' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac export" progress' -l 'progress' -d 'Use this progress file (default: $ALMANAC_PROGRESS, else $XDG_DATA_HOME/almanac/progress.json).' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac export" profile' -l 'profile' -d 'Use the named profile\'s progress file (see \'almanac profiles\').' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac export" format' -l 'format' -d 'markdown, csv, html, json or ics (a calendar of due dates).' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac export" output' -l 'output' -d 'Write to FILE (replaced whole; a link\'s target is replaced) instead of standard output (-). Devices, pipes and folders are refused.' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac export" today' -l 'today' -d 'Count steps due before DATE (YYYY-MM-DD) as overdue; default today.' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac export" calendar-id' -l 'calendar-id' -d 'With --format ics: make the events\' UIDs from TEXT instead of this machine and progress file, so exports from several machines (a team\'s) update the same events.' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac export" who' -l 'who' -d 'For a team: say who last set each field, and what members answered where they differ.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac export" since' -l 'since' -d 'Add the movement since this review (see \'almanac review\'): a section, and a column per step.' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac export" version' -l 'version' -d 'Show the version.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac export" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac plan" content' -l 'content' -d 'Read the almanac\'s content from FILE.' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac plan" progress' -l 'progress' -d 'Use this progress file (default: $ALMANAC_PROGRESS, else $XDG_DATA_HOME/almanac/progress.json).' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac plan" profile' -l 'profile' -d 'Use the named profile\'s progress file (see \'almanac profiles\').' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac plan" format' -l 'format' -d 'markdown, html, csv or json.' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac plan" owner' -l 'owner' -d 'Only the actions this person owns (any case); none for those nobody owns.' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac plan" outcome' -l 'outcome' -d 'Only this outcome: a number 1-12, an id or the start of its title.' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac plan" by' -l 'by' -d 'After the overdue actions: due (earliest first, undated last), owner (no owner last) or outcome (the almanac\'s order).' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac plan" output' -l 'output' -d 'Write to FILE (replaced whole; a link\'s target is replaced) instead of standard output (-). Devices, pipes and folders are refused.' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac plan" today' -l 'today' -d 'Count steps due before DATE (YYYY-MM-DD) as overdue; default today.' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac plan" version' -l 'version' -d 'Show the version.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac plan" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac review" version' -l 'version' -d 'Show the version.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac review" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_positional "almanac review" -eq 1' -fa 'start' -d 'Record a review now, under a name such as "2027 Q1".'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_positional "almanac review" -eq 1' -fa 'list' -d 'The reviews recorded, oldest first.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_positional "almanac review" -eq 1' -fa 'diff' -d 'What moved since a review (default: the last one) or between two.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac review start" progress' -l 'progress' -d 'Use this progress file (default: $ALMANAC_PROGRESS, else $XDG_DATA_HOME/almanac/progress.json).' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac review start" profile' -l 'profile' -d 'Use the named profile\'s progress file (see \'almanac profiles\').' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac review start" json' -l 'json' -d 'Print JSON for scripts.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac review start" version' -l 'version' -d 'Show the version.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac review start" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac review list" progress' -l 'progress' -d 'Use this progress file (default: $ALMANAC_PROGRESS, else $XDG_DATA_HOME/almanac/progress.json).' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac review list" profile' -l 'profile' -d 'Use the named profile\'s progress file (see \'almanac profiles\').' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac review list" json' -l 'json' -d 'Print JSON for scripts.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac review list" version' -l 'version' -d 'Show the version.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac review list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac review diff" content' -l 'content' -d 'Read the almanac\'s content from FILE.' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac review diff" progress' -l 'progress' -d 'Use this progress file (default: $ALMANAC_PROGRESS, else $XDG_DATA_HOME/almanac/progress.json).' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac review diff" profile' -l 'profile' -d 'Use the named profile\'s progress file (see \'almanac profiles\').' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac review diff" json' -l 'json' -d 'Print JSON for scripts.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac review diff" format' -l 'format' -d 'text (the default), markdown or html: a page for a committee, with a chart per outcome.' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac review diff" output' -l 'output' -d 'Write to FILE instead of standard output.' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac review diff" version' -l 'version' -d 'Show the version.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac review diff" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac merge" progress' -l 'progress' -d 'Use this progress file (default: $ALMANAC_PROGRESS, else $XDG_DATA_HOME/almanac/progress.json).' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac merge" profile' -l 'profile' -d 'Use the named profile\'s progress file (see \'almanac profiles\').' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac merge" json' -l 'json' -d 'Print JSON for scripts.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac merge" version' -l 'version' -d 'Show the version.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac merge" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac compare" content' -l 'content' -d 'Read the almanac\'s content from FILE.' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac compare" progress' -l 'progress' -d 'Use this progress file (default: $ALMANAC_PROGRESS, else $XDG_DATA_HOME/almanac/progress.json).' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac compare" profile' -l 'profile' -d 'Use the named profile\'s progress file (see \'almanac profiles\').' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac compare" profiles' -l 'profiles' -d 'Compare every profile (see \'almanac profiles\').'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac compare" members' -l 'members' -d 'Compare the members of this progress\'s team: each one\'s own answers.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac compare" json' -l 'json' -d 'Print JSON for scripts.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac compare" version' -l 'version' -d 'Show the version.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac compare" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac backups" content' -l 'content' -d 'Read the almanac\'s content from FILE.' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac backups" progress' -l 'progress' -d 'Use this progress file (default: $ALMANAC_PROGRESS, else $XDG_DATA_HOME/almanac/progress.json).' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac backups" profile' -l 'profile' -d 'Use the named profile\'s progress file (see \'almanac profiles\').' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac backups" json' -l 'json' -d 'Print JSON for scripts.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac backups" version' -l 'version' -d 'Show the version.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac backups" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac restore" progress' -l 'progress' -d 'Use this progress file (default: $ALMANAC_PROGRESS, else $XDG_DATA_HOME/almanac/progress.json).' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac restore" profile' -l 'profile' -d 'Use the named profile\'s progress file (see \'almanac profiles\').' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac restore" json' -l 'json' -d 'Print JSON for scripts.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac restore" version' -l 'version' -d 'Show the version.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac restore" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac repair" progress' -l 'progress' -d 'Use this progress file (default: $ALMANAC_PROGRESS, else $XDG_DATA_HOME/almanac/progress.json).' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac repair" profile' -l 'profile' -d 'Use the named profile\'s progress file (see \'almanac profiles\').' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac repair" json' -l 'json' -d 'Print JSON for scripts.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac repair" version' -l 'version' -d 'Show the version.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac repair" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac profiles" content' -l 'content' -d 'Read the almanac\'s content from FILE.' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac profiles" json' -l 'json' -d 'Print JSON for scripts.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac profiles" version' -l 'version' -d 'Show the version.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac profiles" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac walkthrough" content' -l 'content' -d 'Read the almanac\'s content from FILE.' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac walkthrough" progress' -l 'progress' -d 'Use this progress file (default: $ALMANAC_PROGRESS, else $XDG_DATA_HOME/almanac/progress.json).' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac walkthrough" profile' -l 'profile' -d 'Use the named profile\'s progress file (see \'almanac profiles\').' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac walkthrough" restart' -l 'restart' -d 'Start again from the welcome screen. Marked steps are kept.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac walkthrough" background' -l 'background' -d 'The terminal\'s background: auto (ask the terminal), dark or light. ALMANAC_BACKGROUND sets it for every run.' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac walkthrough" theme' -l 'theme' -d 'Colours: default, high-contrast (for a projector) or mono; otherwise the guide\'s last choice (t), or mono under NO_COLOR.' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac walkthrough" version' -l 'version' -d 'Show the version.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac walkthrough" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac present" content' -l 'content' -d 'Read the almanac\'s content from FILE.' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac present" progress' -l 'progress' -d 'Use this progress file (default: $ALMANAC_PROGRESS, else $XDG_DATA_HOME/almanac/progress.json).' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac present" profile' -l 'profile' -d 'Use the named profile\'s progress file (see \'almanac profiles\').' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac present" presenter' -l 'presenter' -d 'The presenter view: the current slide small, the next slide, notes, elapsed time and the clock.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac present" theme' -l 'theme' -d 'Colours: high-contrast (the default here), default or mono.' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac present" background' -l 'background' -d 'The terminal\'s background: auto (ask the terminal), dark or light. ALMANAC_BACKGROUND sets it for every run.' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac present" council' -l 'council' -d 'Who the session is for, shown on the title slide (default: the profile\'s name).' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac present" summary' -l 'summary' -d 'Print the decisions of the last presentation with this progress (steps changed, before and after), then stop.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac present" format' -l 'format' -d 'The summary\'s format: markdown or html.' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac present" notes' -l 'notes' -d 'The facilitator\'s notes: Markdown, one heading per slide id (default: beside the progress file, PROGRESS.notes.md).' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac present" timer' -l 'timer' -d 'Start a countdown of this long, e.g. 45m or 1h30m; T in either terminal starts or stops one.' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac present" version' -l 'version' -d 'Show the version.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac present" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac read" content' -l 'content' -d 'Read the almanac\'s content from FILE.' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac read" progress' -l 'progress' -d 'Use this progress file (default: $ALMANAC_PROGRESS, else $XDG_DATA_HOME/almanac/progress.json).' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac read" profile' -l 'profile' -d 'Use the named profile\'s progress file (see \'almanac profiles\').' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac read" width' -l 'width' -d 'Wrap lines at this many columns (default: the terminal\'s width, or 80; 0 for no wrapping).' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac read" version' -l 'version' -d 'Show the version.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac read" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac team" version' -l 'version' -d 'Show the version.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac team" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_positional "almanac team" -eq 1' -fa 'join' -d 'Join the team whose folder this is (its layout is made if it is new).'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_positional "almanac team" -eq 1' -fa 'status' -d 'The team\'s members, conflict copies and damaged files, and where members\' answers differ.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_positional "almanac team" -eq 1' -fa 'leave' -d 'Stop sharing; keep a copy of the team\'s progress on this machine.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_positional "almanac team" -eq 1' -fa 'sync' -d 'For a team folder in a git repository: commit your file, pull the others\', push.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_positional "almanac team" -eq 1' -fa 'git-setup' -d 'For one progress file kept in git: merge it field by field when branches meet (registers \'almanac merge-driver\').'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac team join" progress' -l 'progress' -d 'Use this progress file (default: $ALMANAC_PROGRESS, else $XDG_DATA_HOME/almanac/progress.json).' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac team join" profile' -l 'profile' -d 'Use the named profile\'s progress file (see \'almanac profiles\').' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac team join" name' -l 'name' -d 'Your name, as colleagues will see it.' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac team join" role' -l 'role' -d 'officer, councillor, leader or facilitator.' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac team join" version' -l 'version' -d 'Show the version.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac team join" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac team status" content' -l 'content' -d 'Read the almanac\'s content from FILE.' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac team status" progress' -l 'progress' -d 'Use this progress file (default: $ALMANAC_PROGRESS, else $XDG_DATA_HOME/almanac/progress.json).' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac team status" profile' -l 'profile' -d 'Use the named profile\'s progress file (see \'almanac profiles\').' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac team status" json' -l 'json' -d 'Print JSON for scripts.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac team status" version' -l 'version' -d 'Show the version.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac team status" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac team leave" progress' -l 'progress' -d 'Use this progress file (default: $ALMANAC_PROGRESS, else $XDG_DATA_HOME/almanac/progress.json).' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac team leave" profile' -l 'profile' -d 'Use the named profile\'s progress file (see \'almanac profiles\').' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac team leave" version' -l 'version' -d 'Show the version.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac team leave" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac team sync" progress' -l 'progress' -d 'Use this progress file (default: $ALMANAC_PROGRESS, else $XDG_DATA_HOME/almanac/progress.json).' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac team sync" profile' -l 'profile' -d 'Use the named profile\'s progress file (see \'almanac profiles\').' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac team sync" version' -l 'version' -d 'Show the version.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac team sync" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac team git-setup" progress' -l 'progress' -d 'Use this progress file (default: $ALMANAC_PROGRESS, else $XDG_DATA_HOME/almanac/progress.json).' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac team git-setup" profile' -l 'profile' -d 'Use the named profile\'s progress file (see \'almanac profiles\').' -rfka ''
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac team git-setup" version' -l 'version' -d 'Show the version.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac team git-setup" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac merge-driver" version' -l 'version' -d 'Show the version.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac merge-driver" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac config" version' -l 'version' -d 'Show the version.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac config" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_positional "almanac config" -eq 1' -fa 'show' -d 'Where the settings file is and what it sets.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_positional "almanac config" -eq 1' -fa 'set' -d 'Set theme, profile or background.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_positional "almanac config" -eq 1' -fa 'unset' -d 'Remove a setting, so its default applies.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac config show" json' -l 'json' -d 'Print JSON for scripts.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac config show" version' -l 'version' -d 'Show the version.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac config show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac config set" version' -l 'version' -d 'Show the version.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac config set" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac config unset" version' -l 'version' -d 'Show the version.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac config unset" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'almanac' -n '__almanac_should_offer_completions_for_flags_or_options "almanac help" version' -l 'version' -d 'Show the version.'
