#compdef almanac

__almanac_complete() {
    local -ar non_empty_completions=("${@:#(|:*)}")
    local -ar empty_completions=("${(M)@:#(|:*)}")
    _describe -V '' non_empty_completions -- empty_completions -P $'\'\''
}

__almanac_custom_complete() {
    local -a completions
    completions=("${(@f)"$("${command_name}" "${@}" "${command_line[@]}")"}")
    if [[ "${#completions[@]}" -gt 1 ]]; then
        __almanac_complete "${completions[@]:0:-1}"
    fi
}

__almanac_cursor_index_in_current_word() {
    if [[ -z "${QIPREFIX}${IPREFIX}${PREFIX}" ]]; then
        printf 0
    else
        printf %s "${#${(z)LBUFFER}[-1]}"
    fi
}

_almanac() {
    emulate -RL zsh -G
    setopt extendedglob nullglob numericglobsort
    unsetopt aliases banghist

    local -xr SAP_SHELL=zsh
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(builtin emulate zsh -c 'printf %s "${ZSH_VERSION}"')"
    local -r SAP_SHELL_VERSION

    local context state state_descr line
    local -A opt_args

    local -r command_name="${words[1]}"
    local -ar command_line=("${words[@]}")
    local -ir current_word_index="$((CURRENT - 1))"

    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'guide:Open the full-screen guide (the default when no command is given).'
            'outcomes:List the 12 outcomes with number, id, title and statement.'
            'show:Read an outcome, the introduction or an annex as plain text.'
            'steps:List the practice steps with id, theme, text and progress.'
            'cases:List the case studies: what other councils have done.'
            'search:Search the whole almanac.'
            'tick:Mark steps done.'
            'untick:Mark steps not started (notes, owners and due dates are kept).'
            'set:Set a step'\''s status, note, owner, due date, evidence or reason.'
            'status:Show progress overall and per outcome, in-progress and overdue steps.'
            'export:Write a progress report on the 108 practice steps: Markdown, CSV, HTML or JSON; or the due dates as a calendar (ICS).'
            'plan:Write the action plan: the applicable steps not done, overdue first.'
            'review:Record a review of the progress, list reviews, and show what moved since one.'
            'merge:Merge other progress files into yours, step by step.'
            'compare:Compare progress files, profiles or a team'\''s members: outcome by outcome, then the steps that differ.'
            'backups:List the kept earlier versions of the progress file, newest first.'
            'restore:Bring back backup N (see '\''almanac backups'\''), keeping the current file as a backup.'
            'repair:Move a damaged progress file aside and keep what can be read from it.'
            'profiles:List the named progress profiles (use one with --profile NAME).'
            'walkthrough:A guided walk through the almanac for councillors, one screen at a time.'
            'present:Project the almanac to a room, driven by a clicker.'
            'read:Read the almanac and keep the checklist line by line, for screen readers and scripts.'
            'team:Share a council'\''s progress through a folder the council already syncs (a shared drive, OneDrive, Syncthing, git).'
            'merge-driver:A git merge driver for progress files: almanac merge-driver %O %A %B (see '\''almanac team git-setup'\'').'
            'config:Show the settings file (theme, default profile, background, keys) and what is set.'
            'help:Show subcommand help information.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        guide|outcomes|show|steps|cases|search|tick|untick|set|status|export|plan|review|merge|compare|backups|restore|repair|profiles|walkthrough|present|read|team|merge-driver|config|help)
            "_almanac_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_almanac_guide() {
    local -i ret=1
    local -ar arg_specs=(
        '--theme[Colours\: default, high-contrast or mono (NO_COLOR chooses mono).]:theme:'
        '--content[Read the almanac'\''s content from FILE.]:file:'
        '--progress[Use this progress file (default\: $ALMANAC_PROGRESS, else $XDG_DATA_HOME/almanac/progress.json).]:file:'
        '--profile[Use the named profile'\''s progress file (see '\''almanac profiles'\'').]:name:'
        '--background[The terminal'\''s background\: auto (ask the terminal), dark or light. ALMANAC_BACKGROUND sets it for every run.]:auto|dark|light:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_almanac_outcomes() {
    local -i ret=1
    local -ar arg_specs=(
        '--content[Read the almanac'\''s content from FILE.]:file:'
        '--json[Print JSON for scripts.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_almanac_show() {
    local -i ret=1
    local -ar arg_specs=(
        '--content[Read the almanac'\''s content from FILE.]:file:'
        '--progress[Use this progress file (default\: $ALMANAC_PROGRESS, else $XDG_DATA_HOME/almanac/progress.json).]:file:'
        '--profile[Use the named profile'\''s progress file (see '\''almanac profiles'\'').]:name:'
        ':part:'
        '--json[Print JSON for scripts.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_almanac_steps() {
    local -i ret=1
    local -ar arg_specs=(
        '--content[Read the almanac'\''s content from FILE.]:file:'
        '--progress[Use this progress file (default\: $ALMANAC_PROGRESS, else $XDG_DATA_HOME/almanac/progress.json).]:file:'
        '--profile[Use the named profile'\''s progress file (see '\''almanac profiles'\'').]:name:'
        ':outcome:'
        '--status[Only steps with this status\: not-started, in-progress, done or not-applicable.]:status:'
        '--json[Print JSON for scripts.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_almanac_cases() {
    local -i ret=1
    local -ar arg_specs=(
        '--content[Read the almanac'\''s content from FILE.]:file:'
        ':outcome-name:'
        '--outcome[Only this outcome (id, number or start of title).]:outcome:'
        '--category[Only categories containing this text, e.g. '\''inclusion'\''; '\''none'\'' for studies without one.]:category:'
        '--council[Only councils whose name contains this text, e.g. '\''hackney'\''.]:council:'
        '--type[Only councils of this type (Annex B)\: county, district, unitary, metropolitan, London borough.]:type:'
        '--region[Only councils in this region (Annex B), e.g. '\''south west'\'', '\''wales'\''.]:region:'
        '--json[Print JSON for scripts.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_almanac_search() {
    local -i ret=1
    local -ar arg_specs=(
        '--content[Read the almanac'\''s content from FILE.]:file:'
        '*:query:'
        '--limit[Show at most this many hits.]:limit:'
        '--json[Print JSON for scripts.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_almanac_tick() {
    local -i ret=1
    local -ar arg_specs=(
        '--content[Read the almanac'\''s content from FILE.]:file:'
        '--progress[Use this progress file (default\: $ALMANAC_PROGRESS, else $XDG_DATA_HOME/almanac/progress.json).]:file:'
        '--profile[Use the named profile'\''s progress file (see '\''almanac profiles'\'').]:name:'
        '*:ids:'
        '--json[Print JSON for scripts.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_almanac_untick() {
    local -i ret=1
    local -ar arg_specs=(
        '--content[Read the almanac'\''s content from FILE.]:file:'
        '--progress[Use this progress file (default\: $ALMANAC_PROGRESS, else $XDG_DATA_HOME/almanac/progress.json).]:file:'
        '--profile[Use the named profile'\''s progress file (see '\''almanac profiles'\'').]:name:'
        '*:ids:'
        '--json[Print JSON for scripts.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_almanac_set() {
    local -i ret=1
    local -ar arg_specs=(
        '--content[Read the almanac'\''s content from FILE.]:file:'
        '--progress[Use this progress file (default\: $ALMANAC_PROGRESS, else $XDG_DATA_HOME/almanac/progress.json).]:file:'
        '--profile[Use the named profile'\''s progress file (see '\''almanac profiles'\'').]:name:'
        ':id:'
        '--status[not-started, in-progress, done or not-applicable.]:status:'
        '--note[A note, stored as typed ('\'''\'' clears it).]:text:'
        '--owner[Who owns the step ('\'''\'' clears it).]:name:'
        '--due[When it is due\: YYYY-MM-DD, or today, tomorrow, +3d, +2w, +1m, eow (Friday), eom or a weekday, stored as the date it means ('\'''\'' clears it).]:date:'
        '--today[Take DATE (YYYY-MM-DD) as today\: for --due +2w and for what is overdue; default today.]:date:'
        '*--evidence[Add evidence\: a URL, file path or document name (repeatable).]:text:'
        '*--evidence-label[A label for the evidence given in the same place ('\'''\'' for none; repeatable).]:text:'
        '*--remove-evidence[Remove evidence item N (1 is the first listed; repeatable).]:n:'
        '--reason[Why the step is not applicable ('\'''\'' clears it); needs --status not-applicable unless it already is.]:text:'
        '--json[Print JSON for scripts.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_almanac_status() {
    local -i ret=1
    local -ar arg_specs=(
        '--content[Read the almanac'\''s content from FILE.]:file:'
        '--progress[Use this progress file (default\: $ALMANAC_PROGRESS, else $XDG_DATA_HOME/almanac/progress.json).]:file:'
        '--profile[Use the named profile'\''s progress file (see '\''almanac profiles'\'').]:name:'
        ':outcome:'
        '--json[Print JSON for scripts.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_almanac_export() {
    local -i ret=1
    local -ar arg_specs=(
        '--content[Read the almanac'\''s content from FILE.]:file:'
        '--progress[Use this progress file (default\: $ALMANAC_PROGRESS, else $XDG_DATA_HOME/almanac/progress.json).]:file:'
        '--profile[Use the named profile'\''s progress file (see '\''almanac profiles'\'').]:name:'
        '--format[markdown, csv, html, json or ics (a calendar of due dates).]:format:'
        '--output[Write to FILE (replaced whole; a link'\''s target is replaced) instead of standard output (-). Devices, pipes and folders are refused.]:file:'
        '--today[Count steps due before DATE (YYYY-MM-DD) as overdue; default today.]:date:'
        '--calendar-id[With --format ics\: make the events'\'' UIDs from TEXT instead of this machine and progress file, so exports from several machines (a team'\''s) update the same events.]:text:'
        '--who[For a team\: say who last set each field, and what members answered where they differ.]'
        '--since[Add the movement since this review (see '\''almanac review'\'')\: a section, and a column per step.]:review:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_almanac_plan() {
    local -i ret=1
    local -ar arg_specs=(
        '--content[Read the almanac'\''s content from FILE.]:file:'
        '--progress[Use this progress file (default\: $ALMANAC_PROGRESS, else $XDG_DATA_HOME/almanac/progress.json).]:file:'
        '--profile[Use the named profile'\''s progress file (see '\''almanac profiles'\'').]:name:'
        '--format[markdown, html, csv or json.]:format:'
        '--owner[Only the actions this person owns (any case); none for those nobody owns.]:name:'
        '--outcome[Only this outcome\: a number 1-12, an id or the start of its title.]:outcome:'
        '--by[After the overdue actions\: due (earliest first, undated last), owner (no owner last) or outcome (the almanac'\''s order).]:order:'
        '--output[Write to FILE (replaced whole; a link'\''s target is replaced) instead of standard output (-). Devices, pipes and folders are refused.]:file:'
        '--today[Count steps due before DATE (YYYY-MM-DD) as overdue; default today.]:date:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_almanac_review() {
    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'start:Record a review now, under a name such as "2027 Q1".'
            'list:The reviews recorded, oldest first.'
            'diff:What moved since a review (default: the last one) or between two.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        start|list|diff)
            "_almanac_review_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_almanac_review_start() {
    local -i ret=1
    local -ar arg_specs=(
        '--progress[Use this progress file (default\: $ALMANAC_PROGRESS, else $XDG_DATA_HOME/almanac/progress.json).]:file:'
        '--profile[Use the named profile'\''s progress file (see '\''almanac profiles'\'').]:name:'
        ':name:'
        '--json[Print JSON for scripts.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_almanac_review_list() {
    local -i ret=1
    local -ar arg_specs=(
        '--progress[Use this progress file (default\: $ALMANAC_PROGRESS, else $XDG_DATA_HOME/almanac/progress.json).]:file:'
        '--profile[Use the named profile'\''s progress file (see '\''almanac profiles'\'').]:name:'
        '--json[Print JSON for scripts.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_almanac_review_diff() {
    local -i ret=1
    local -ar arg_specs=(
        '--content[Read the almanac'\''s content from FILE.]:file:'
        '--progress[Use this progress file (default\: $ALMANAC_PROGRESS, else $XDG_DATA_HOME/almanac/progress.json).]:file:'
        '--profile[Use the named profile'\''s progress file (see '\''almanac profiles'\'').]:name:'
        ':from:'
        ':to:'
        '--json[Print JSON for scripts.]'
        '--format[text (the default), markdown or html\: a page for a committee, with a chart per outcome.]:format:'
        '--output[Write to FILE instead of standard output.]:file:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_almanac_merge() {
    local -i ret=1
    local -ar arg_specs=(
        '--progress[Use this progress file (default\: $ALMANAC_PROGRESS, else $XDG_DATA_HOME/almanac/progress.json).]:file:'
        '--profile[Use the named profile'\''s progress file (see '\''almanac profiles'\'').]:name:'
        '*:files:'
        '--json[Print JSON for scripts.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_almanac_compare() {
    local -i ret=1
    local -ar arg_specs=(
        '--content[Read the almanac'\''s content from FILE.]:file:'
        '--progress[Use this progress file (default\: $ALMANAC_PROGRESS, else $XDG_DATA_HOME/almanac/progress.json).]:file:'
        '--profile[Use the named profile'\''s progress file (see '\''almanac profiles'\'').]:name:'
        '*:files:'
        '--profiles[Compare every profile (see '\''almanac profiles'\'').]'
        '--members[Compare the members of this progress'\''s team\: each one'\''s own answers.]'
        '--json[Print JSON for scripts.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_almanac_backups() {
    local -i ret=1
    local -ar arg_specs=(
        '--content[Read the almanac'\''s content from FILE.]:file:'
        '--progress[Use this progress file (default\: $ALMANAC_PROGRESS, else $XDG_DATA_HOME/almanac/progress.json).]:file:'
        '--profile[Use the named profile'\''s progress file (see '\''almanac profiles'\'').]:name:'
        '--json[Print JSON for scripts.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_almanac_restore() {
    local -i ret=1
    local -ar arg_specs=(
        '--progress[Use this progress file (default\: $ALMANAC_PROGRESS, else $XDG_DATA_HOME/almanac/progress.json).]:file:'
        '--profile[Use the named profile'\''s progress file (see '\''almanac profiles'\'').]:name:'
        ':number:'
        '--json[Print JSON for scripts.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_almanac_repair() {
    local -i ret=1
    local -ar arg_specs=(
        '--progress[Use this progress file (default\: $ALMANAC_PROGRESS, else $XDG_DATA_HOME/almanac/progress.json).]:file:'
        '--profile[Use the named profile'\''s progress file (see '\''almanac profiles'\'').]:name:'
        '--json[Print JSON for scripts.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_almanac_profiles() {
    local -i ret=1
    local -ar arg_specs=(
        '--content[Read the almanac'\''s content from FILE.]:file:'
        '--json[Print JSON for scripts.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_almanac_walkthrough() {
    local -i ret=1
    local -ar arg_specs=(
        '--content[Read the almanac'\''s content from FILE.]:file:'
        '--progress[Use this progress file (default\: $ALMANAC_PROGRESS, else $XDG_DATA_HOME/almanac/progress.json).]:file:'
        '--profile[Use the named profile'\''s progress file (see '\''almanac profiles'\'').]:name:'
        '--restart[Start again from the welcome screen. Marked steps are kept.]'
        '--background[The terminal'\''s background\: auto (ask the terminal), dark or light. ALMANAC_BACKGROUND sets it for every run.]:auto|dark|light:'
        '--theme[Colours\: default, high-contrast (for a projector) or mono; otherwise the guide'\''s last choice (t), or mono under NO_COLOR.]:theme:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_almanac_present() {
    local -i ret=1
    local -ar arg_specs=(
        '--content[Read the almanac'\''s content from FILE.]:file:'
        '--progress[Use this progress file (default\: $ALMANAC_PROGRESS, else $XDG_DATA_HOME/almanac/progress.json).]:file:'
        '--profile[Use the named profile'\''s progress file (see '\''almanac profiles'\'').]:name:'
        ':outcome:'
        '--presenter[The presenter view\: the current slide small, the next slide, notes, elapsed time and the clock.]'
        '--theme[Colours\: high-contrast (the default here), default or mono.]:theme:'
        '--background[The terminal'\''s background\: auto (ask the terminal), dark or light. ALMANAC_BACKGROUND sets it for every run.]:auto|dark|light:'
        '--council[Who the session is for, shown on the title slide (default\: the profile'\''s name).]:name:'
        '--summary[Print the decisions of the last presentation with this progress (steps changed, before and after), then stop.]'
        '--format[The summary'\''s format\: markdown or html.]:format:'
        '--notes[The facilitator'\''s notes\: Markdown, one heading per slide id (default\: beside the progress file, PROGRESS.notes.md).]:file:'
        '--timer[Start a countdown of this long, e.g. 45m or 1h30m; T in either terminal starts or stops one.]:time:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_almanac_read() {
    local -i ret=1
    local -ar arg_specs=(
        '--content[Read the almanac'\''s content from FILE.]:file:'
        '--progress[Use this progress file (default\: $ALMANAC_PROGRESS, else $XDG_DATA_HOME/almanac/progress.json).]:file:'
        '--profile[Use the named profile'\''s progress file (see '\''almanac profiles'\'').]:name:'
        '--width[Wrap lines at this many columns (default\: the terminal'\''s width, or 80; 0 for no wrapping).]:columns:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_almanac_team() {
    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'join:Join the team whose folder this is (its layout is made if it is new).'
            'status:The team'\''s members, conflict copies and damaged files, and where members'\'' answers differ.'
            'leave:Stop sharing; keep a copy of the team'\''s progress on this machine.'
            'sync:For a team folder in a git repository: commit your file, pull the others'\'', push.'
            'git-setup:For one progress file kept in git: merge it field by field when branches meet (registers '\''almanac merge-driver'\'').'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        join|status|leave|sync|git-setup)
            "_almanac_team_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_almanac_team_join() {
    local -i ret=1
    local -ar arg_specs=(
        '--progress[Use this progress file (default\: $ALMANAC_PROGRESS, else $XDG_DATA_HOME/almanac/progress.json).]:file:'
        '--profile[Use the named profile'\''s progress file (see '\''almanac profiles'\'').]:name:'
        ':folder:'
        '--name[Your name, as colleagues will see it.]:name:'
        '--role[officer, councillor, leader or facilitator.]:role:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_almanac_team_status() {
    local -i ret=1
    local -ar arg_specs=(
        '--content[Read the almanac'\''s content from FILE.]:file:'
        '--progress[Use this progress file (default\: $ALMANAC_PROGRESS, else $XDG_DATA_HOME/almanac/progress.json).]:file:'
        '--profile[Use the named profile'\''s progress file (see '\''almanac profiles'\'').]:name:'
        '--json[Print JSON for scripts.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_almanac_team_leave() {
    local -i ret=1
    local -ar arg_specs=(
        '--progress[Use this progress file (default\: $ALMANAC_PROGRESS, else $XDG_DATA_HOME/almanac/progress.json).]:file:'
        '--profile[Use the named profile'\''s progress file (see '\''almanac profiles'\'').]:name:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_almanac_team_sync() {
    local -i ret=1
    local -ar arg_specs=(
        '--progress[Use this progress file (default\: $ALMANAC_PROGRESS, else $XDG_DATA_HOME/almanac/progress.json).]:file:'
        '--profile[Use the named profile'\''s progress file (see '\''almanac profiles'\'').]:name:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_almanac_team_git-setup() {
    local -i ret=1
    local -ar arg_specs=(
        '--progress[Use this progress file (default\: $ALMANAC_PROGRESS, else $XDG_DATA_HOME/almanac/progress.json).]:file:'
        '--profile[Use the named profile'\''s progress file (see '\''almanac profiles'\'').]:name:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_almanac_merge-driver() {
    local -i ret=1
    local -ar arg_specs=(
        ':base:'
        ':ours:'
        ':theirs:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_almanac_config() {
    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'show:Where the settings file is and what it sets.'
            'set:Set theme, profile or background.'
            'unset:Remove a setting, so its default applies.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        show|set|unset)
            "_almanac_config_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_almanac_config_show() {
    local -i ret=1
    local -ar arg_specs=(
        '--json[Print JSON for scripts.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_almanac_config_set() {
    local -i ret=1
    local -ar arg_specs=(
        ':key:'
        '*:value:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_almanac_config_unset() {
    local -i ret=1
    local -ar arg_specs=(
        ':key:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_almanac_help() {
    local -i ret=1
    local -ar arg_specs=(
        '*:subcommands:'
        '--version[Show the version.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

if [[ "${funcstack[1]}" = _almanac ]]; then
    _almanac "${@}"
else
    compdef _almanac almanac
fi
