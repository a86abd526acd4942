#!/usr/bin/env zsh
# Usage: zsh -f zsh-complete.zsh <completion script> <command line>
# Prints, one a line, the matches zsh's completion system offers when Tab is pressed at the end of the command line:
# an interactive zsh runs in a pseudo-terminal (zpty) with compinit and the script loaded, and compadd is wrapped to
# record every match it is given (after matching against the word typed so far).
emulate -L zsh
zmodload zsh/zpty || exit 3
script=$1
line=$2
out=$(mktemp)
zpty z zsh -f -i
zpty -w z "PS1='' PROMPT='' RPROMPT=''; unsetopt zle_bracketed_paste; autoload -Uz compinit; compinit -u -D"
zpty -w z "source ${(q)script}"
zpty -w z "compadd() { local -a __m; builtin compadd -O __m \"\$@\"; print -rl -- \$__m >> ${(q)out}; builtin compadd \"\$@\" }"
# Tab completes, then (comppostfuncs) leaves a mark: nothing more is typed until it is there, since zsh cuts a
# completion short when keys are waiting.
zpty -w z "_test_done() { : >> ${(q)out}.done }; _test_tab() { comppostfuncs=(_test_done); zle complete-word }; zle -N _test_tab"
# The markers are typed split (RE''ADY) so that the terminal's echo of the command cannot match what it prints.
zpty -w z "zstyle ':completion:*' menu no; bindkey '^I' _test_tab; print -r -- RE''ADY"
zpty -r -m z _ '*READY*' || exit 4
zpty -w -n z "$line"$'\t'
for i in {1..600}; do
  [[ -e $out.done ]] && break
  sleep 0.05
done
[[ -e $out.done ]] || exit 5
zpty -w z $'\C-u'"print -r -- DO''NE"
zpty -r -m z _ '*DONE*' || exit 6
zpty -d z
sort -u -- $out | grep -v '^$'
rm -f -- $out $out.done
