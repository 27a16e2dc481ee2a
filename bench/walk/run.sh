#!/usr/bin/env bash
# A new 2028 cycle from the start form to the City Council's adoption, as officials click it in Tasklist (Polish
# browser, Europe/Warsaw), plus an NGO's comment on the public site and Cockpit where a timer stands in for a date.
# Screenshots and walk.jsonl (clicks and fields typed per step, notes) go to $WALK_OUT.
#
#   ./mvnw -o -q package -DskipTests
#   (mkdir -p /tmp/walk-run && cd /tmp/walk-run && rm -rf data && DEMO_SMTP_PORT=<free port> \
#      java -jar <repo>/target/wspolnie-0.1.0-SNAPSHOT.jar --server.port=<free port>)   # a fresh demo database
#   (cd /tmp/pw-walk && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install playwright-core@1)
#   NODE_PATH=/tmp/pw-walk/node_modules WALK_BASE=http://localhost:<port> WALK_OUT=target/walk bench/walk/run.sh
#
# Needs Debian's chromium (/usr/bin/chromium). The six proposals that give every sector a priority task are sent
# through the API (the coordination team's Tasklist start form is walked once, step 07a), and their triage through
# the engine REST API: the same form as step 03, eight times over would only slow the walk.
set -euo pipefail
cd "$(dirname "$0")"
: "${WALK_BASE:?e.g. http://localhost:8080}"
export WALK_OUT="${WALK_OUT:-$PWD/../../target/walk}"
mkdir -p "$WALK_OUT"
rest() { curl -sf -u demo:demo "$WALK_BASE/engine-rest/$1"; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
step() { timeout 600 node "$@"; }
waitFor() { # a task of the new programme with this definition key
  for _ in $(seq 60); do
    [ "$(rest "task?processInstanceBusinessKey=$PROGRAMME&taskDefinitionKey=$1" | json 'len(d)')" != 0 ] && return 0
    sleep 2
  done
  echo "no task $1" >&2; return 1
}

step steps/01-start.js
PROGRAMME=$(rest "process-instance?processDefinitionKey=programme-drafting" | json "max(int(x['businessKey']) for x in d)")
CYCLE=$(rest "process-instance?processDefinitionKey=programme-drafting&businessKey=$PROGRAMME" | json "d[0]['id']")
REF=WKS-2028-1 DEPT='Wydział Kształtowania Środowiska' step steps/02-proposal.js
sleep 3
step steps/03-triage.js
WHEN=$(date +%Y-%m-%dT00:00:00) step fire.js 04-timer-call 'Termin naboru' "$CYCLE"
waitFor PrepareSectorSection
for pair in "culture|Kultura i sztuka" "education|Edukacja i młodzież" "environment|Ochrona środowiska i ekologia" \
    "economy|Rozwój gospodarczy i przedsiębiorczość" "sport|Rekreacja, sport i turystyka" \
    "civil-society|Społeczeństwo obywatelskie" "health|Zdrowie i osoby z niepełnosprawnościami" \
    "inclusion|Przeciwdziałanie wykluczeniu społecznemu"; do
  step steps/05-section.js "${pair%%|*}" "${pair#*|}"
done
step steps/06-reviews.js
waitFor CompleteMissingElements
STEP=07a-coordinator-proposal WHO=coordinator REF=ZK-2028-1 DEPT='Wydział Edukacji' SECTOR='Edukacja i młodzież' \
  TITLE='Szkolne kluby wolontariatu 2028' step steps/02-proposal.js
for s in SRODOWISKO GOSPODARKA SPORT OBYWATELE ZDROWIE WYKLUCZENIE; do
  curl -sf -o /dev/null -u coordinator:coordinator -H 'Content-Type: application/json' \
    -X POST "$WALK_BASE/api/programmes/$PROGRAMME/proposals" -d "{\"externalRef\":\"ZK-2028-$s\",\"submitter\":{\"type\":\"DEPARTMENT\",\"code\":\"WPS\"},\"sector\":\"$s\",\"title\":\"Zadanie priorytetowe $s 2028\",\"description\":\"Opis zadania w obszarze.\",\"justification\":\"Potrzeby mieszkańców.\",\"form\":\"OTWARTY_KONKURS_OFERT\",\"mode\":\"WSPIERANIE\",\"plannedAmountPln\":\"30000.00\",\"years\":[2028]}"
done
sleep 5
for t in $(rest "task?taskDefinitionKey=TriageProposal" | json "'\n'.join(x['id'] for x in d if 'Zadanie priorytetowe' in x['name'])"); do
  curl -sf -o /dev/null -u demo:demo -H 'Content-Type: application/json' -X POST "$WALK_BASE/engine-rest/task/$t/complete" \
    -d '{"variables":{"triageDecision":{"value":"ACCEPT"}}}'
done
step steps/task.js 07b-triage-education education 'Szkolne kluby wolontariatu' \
  '[["pick","Rozstrzygnięcie","Przyjmij jako zadanie priorytetowe"]]'
step steps/task.js 07c-missing-recheck coordinator 'Uzupełnij brakujące elementy' \
  '[["pick","Sposób uzupełnienia","Złóż projekt i sprawdź ponownie (szablon lub dane już poprawiono)"],["type","Jak braki zostaną uzupełnione","Zespół koordynacyjny dodał zadania priorytetowe we wszystkich obszarach."]]'
waitFor ReviewWholeDraft
step steps/task.js 08-whole-draft coordinator 'Oceń cały projekt' '[["links"],["fetchLinks"],["pick","Decyzja","Skieruj do konsultacji"]]'
waitFor AwaitConsultationStart
# the calendar plans the consultation ahead; the coordination team sees its day and moves it to today
step steps/task.js 08b-consultation-scheduled coordinator 'Konsultacje zaplanowane' \
  "[[\"links\"],[\"type\",\"Nowy dzień rozpoczęcia konsultacji\",\"$(TZ=Europe/Warsaw date +%d.%m.%Y)\"]]"
waitFor RecordBenefitCouncilOpinion
CONSULTATION=$(rest "process-instance?superProcessInstance=$CYCLE" | json "d[0]['id']")
step steps/09-comment.js
step steps/task.js 10-opinion krdpp "Wprowadź opinię Rady Pożytku – program na rok 2028" \
  '[["due"],["links"],["fetchLinks"],["type","Treść opinii Rady","Rada opiniuje projekt pozytywnie."]]'
WHEN=$(date +%Y-%m-%dT00:00:00) step fire.js 11-timer-consultation-end 'Koniec okresu' "$CONSULTATION"
waitFor RespondToComment
step steps/task.js 12-comment-response coordinator 'Rozpatrz uwagę' \
  '[["links"],["pick","Stanowisko","Uwzględniona częściowo"],["type","Uzasadnienie stanowiska","Festiwal zostanie ujęty w obszarze kultury."]]'
waitFor SignOffResponses
step steps/task.js 13-signoff coordinator 'Zatwierdź odpowiedzi na uwagi – program na rok 2028' \
  '[["links"],["fetchLinks"],["check","Potwierdzam, że każda uwaga ma odpowiedź"]]'
waitFor ReviseDraft
step steps/14b-drafting.js
step steps/task.js 14-revision coordinator 'Uwzględnij wyniki konsultacji – program na rok 2028' \
  '[["links"],["type","Opis zmian w projekcie po konsultacjach","Dodano festiwal kultur sąsiedzkich do zadań obszaru kultury."]]'
waitFor ApproveAsMayor
step steps/task.js 15-mayor mayor 'Akceptacja Prezydenta' '[["links"],["fetchLinks"],["pick","Decyzja","Akceptuję i kieruję do Rady"]]'
waitFor SubmitToCouncil
step steps/task.js 16-council-submission council 'Skieruj projekt do Rady Miasta' \
  "[[\"type\",\"Druk nr\",\"1234\"],[\"type\",\"Data przekazania Radzie\",\"$(TZ=Europe/Warsaw date +%d.%m.%Y)\"]]"
waitFor RecordCouncilDecision
step steps/task.js 17-council-decision council 'Zapisz decyzję Rady Miasta' \
  "[[\"links\"],[\"radio\",\"Decyzja Rady\",\"Rada przyjęła uchwałę\"],[\"type\",\"Numer uchwały\",\"XXX/800/26\"],[\"type\",\"Data podjęcia uchwały\",\"$(TZ=Europe/Warsaw date +%d.%m.%Y)\"]]"
sleep 5
curl -sf -u coordinator:coordinator "$WALK_BASE/api/programmes/$PROGRAMME" | json "'programme %s: %s' % (d['id'], d['stage'])"
