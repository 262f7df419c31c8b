--
-- PostgreSQL database dump
--

\restrict rTcqqyzfuWPbifERhoRYAikK6Ue3gRDGVRFy11m4WXjkOCuPSdRhR5ZBbr393cj

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: agreement_records; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.agreement_records (
    agreement_id text NOT NULL,
    kind text NOT NULL,
    on_day text NOT NULL,
    findings text NOT NULL,
    passed bigint NOT NULL,
    created_at bigint NOT NULL
);


ALTER TABLE public.agreement_records OWNER TO postgres;

--
-- Name: agreements; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.agreements (
    id text NOT NULL,
    unit_code text NOT NULL COLLATE pg_catalog."C",
    parties text NOT NULL,
    category text NOT NULL,
    title text NOT NULL,
    body text NOT NULL,
    signatories text NOT NULL,
    signed_on text NOT NULL,
    ends_on text,
    created_by text,
    created_at bigint NOT NULL
);


ALTER TABLE public.agreements OWNER TO postgres;

--
-- Name: aid_grants; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.aid_grants (
    id text NOT NULL,
    case_id text NOT NULL,
    amount_fen bigint NOT NULL,
    reason text NOT NULL,
    status text NOT NULL,
    requested_by text,
    requested_at bigint NOT NULL,
    decided_by text,
    decided_at bigint,
    decision_note text
);


ALTER TABLE public.aid_grants OWNER TO postgres;

--
-- Name: assessment_settings; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.assessment_settings (
    id text NOT NULL,
    body text NOT NULL,
    updated_by text,
    updated_at bigint NOT NULL
);


ALTER TABLE public.assessment_settings OWNER TO postgres;

--
-- Name: audit_head; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.audit_head (
    id bigint NOT NULL,
    seq bigint NOT NULL,
    hash text NOT NULL,
    keyed bigint DEFAULT 0 NOT NULL
);


ALTER TABLE public.audit_head OWNER TO postgres;

--
-- Name: audit_log; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.audit_log (
    seq bigint NOT NULL,
    at bigint NOT NULL,
    actor_id text NOT NULL,
    actor_name text NOT NULL,
    action text NOT NULL,
    target_type text NOT NULL,
    target_id text NOT NULL,
    detail text NOT NULL,
    ip text NOT NULL,
    prev_hash text NOT NULL,
    hash text NOT NULL
);


ALTER TABLE public.audit_log OWNER TO postgres;

--
-- Name: backlog_cases; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.backlog_cases (
    id text NOT NULL,
    petition_id text NOT NULL,
    leader text NOT NULL,
    team text NOT NULL,
    plan text NOT NULL,
    owner text NOT NULL,
    status text NOT NULL,
    resolution text,
    opened_at bigint NOT NULL,
    resolved_at bigint
);


ALTER TABLE public.backlog_cases OWNER TO postgres;

--
-- Name: backlog_meetings; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.backlog_meetings (
    id text NOT NULL,
    case_id text NOT NULL,
    kind text NOT NULL,
    held_on text NOT NULL,
    attendees text NOT NULL,
    minutes text NOT NULL,
    decisions text NOT NULL,
    recorded_by text,
    recorded_at bigint NOT NULL
);


ALTER TABLE public.backlog_meetings OWNER TO postgres;

--
-- Name: ballot_households; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.ballot_households (
    ballot_id text NOT NULL,
    household_id text NOT NULL,
    code_hash text NOT NULL,
    option_index bigint,
    channel text,
    entered_by text,
    voted_at bigint
);


ALTER TABLE public.ballot_households OWNER TO postgres;

--
-- Name: ballots; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.ballots (
    id text NOT NULL,
    unit_code text NOT NULL COLLATE pg_catalog."C",
    title text NOT NULL,
    options text NOT NULL,
    opens_at bigint NOT NULL,
    closes_at bigint NOT NULL,
    rule text NOT NULL,
    households_eligible bigint,
    codes_issued_at bigint,
    created_by text,
    created_at bigint NOT NULL
);


ALTER TABLE public.ballots OWNER TO postgres;

--
-- Name: case_notices; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.case_notices (
    id text NOT NULL,
    case_type text NOT NULL,
    case_id text NOT NULL,
    clock text NOT NULL,
    kind text NOT NULL,
    level bigint NOT NULL,
    unit_code text NOT NULL COLLATE pg_catalog."C",
    handling_unit text,
    addressed_to text NOT NULL COLLATE pg_catalog."C",
    due_at bigint NOT NULL,
    created_at bigint NOT NULL
);


ALTER TABLE public.case_notices OWNER TO postgres;

--
-- Name: caseload_contacts; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.caseload_contacts (
    id text NOT NULL,
    caseload_id text NOT NULL,
    kind text NOT NULL,
    on_day text NOT NULL,
    notes text NOT NULL,
    risk_grade bigint,
    joint bigint NOT NULL,
    hours bigint,
    score bigint,
    recorded_by text,
    recorded_at bigint NOT NULL
);


ALTER TABLE public.caseload_contacts OWNER TO postgres;

--
-- Name: caseload_events; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.caseload_events (
    id text NOT NULL,
    caseload_id text NOT NULL,
    action text NOT NULL,
    from_status text,
    to_status text NOT NULL,
    note text,
    actor_id text,
    at bigint NOT NULL
);


ALTER TABLE public.caseload_events OWNER TO postgres;

--
-- Name: caseload_leaves; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.caseload_leaves (
    id text NOT NULL,
    caseload_id text NOT NULL,
    from_day text NOT NULL,
    to_day text NOT NULL,
    reason text NOT NULL,
    status text NOT NULL,
    requested_by text,
    requested_at bigint NOT NULL,
    decided_by text,
    decided_at bigint,
    decision_note text
);


ALTER TABLE public.caseload_leaves OWNER TO postgres;

--
-- Name: caseload_sanctions; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.caseload_sanctions (
    id text NOT NULL,
    caseload_id text NOT NULL,
    kind text NOT NULL,
    basis text NOT NULL,
    out_of_contact_days bigint,
    reasons text NOT NULL,
    status text NOT NULL,
    proposed_by text,
    proposed_at bigint NOT NULL,
    decided_by text,
    decided_at bigint,
    decision_note text
);


ALTER TABLE public.caseload_sanctions OWNER TO postgres;

--
-- Name: caseload_settings; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.caseload_settings (
    id text NOT NULL,
    body text NOT NULL,
    updated_by text,
    updated_at bigint NOT NULL
);


ALTER TABLE public.caseload_settings OWNER TO postgres;

--
-- Name: caseloads; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.caseloads (
    id text NOT NULL,
    kind text NOT NULL,
    resident_id text NOT NULL,
    grid_code text NOT NULL COLLATE pg_catalog."C",
    unit_code text NOT NULL COLLATE pg_catalog."C",
    assigned_to text NOT NULL,
    status text NOT NULL,
    starts_on text NOT NULL,
    ends_on text,
    level text,
    reported_on text,
    notice_on text,
    key_person bigint NOT NULL,
    met_on text,
    resettled_on text,
    reoffended_on text,
    youth_group text,
    plan text NOT NULL,
    open_due bigint,
    due_rule text,
    created_by text,
    created_at bigint NOT NULL
);


ALTER TABLE public.caseloads OWNER TO postgres;

--
-- Name: change_counters; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.change_counters (
    name text NOT NULL,
    version bigint NOT NULL
);


ALTER TABLE public.change_counters OWNER TO postgres;

--
-- Name: commitments; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.commitments (
    id text NOT NULL,
    unit_code text NOT NULL COLLATE pg_catalog."C",
    year bigint NOT NULL,
    person text NOT NULL,
    post text NOT NULL,
    promise text NOT NULL,
    promised_on text NOT NULL,
    progress text,
    progress_on text,
    result text,
    result_note text,
    result_on text,
    created_by text,
    created_at bigint NOT NULL
);


ALTER TABLE public.commitments OWNER TO postgres;

--
-- Name: council_meetings; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.council_meetings (
    id text NOT NULL,
    unit_code text NOT NULL COLLATE pg_catalog."C",
    held_on text NOT NULL,
    topic text NOT NULL,
    minutes text NOT NULL,
    members_total bigint NOT NULL,
    attendees text NOT NULL,
    quorum_met bigint NOT NULL,
    recorded_by text,
    recorded_at bigint NOT NULL
);


ALTER TABLE public.council_meetings OWNER TO postgres;

--
-- Name: council_members; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.council_members (
    id text NOT NULL,
    unit_code text NOT NULL COLLATE pg_catalog."C",
    name text NOT NULL,
    post text NOT NULL,
    since text NOT NULL,
    until text,
    created_by text,
    created_at bigint NOT NULL
);


ALTER TABLE public.council_members OWNER TO postgres;

--
-- Name: council_motions; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.council_motions (
    id text NOT NULL,
    meeting_id text NOT NULL,
    title text NOT NULL,
    yes bigint NOT NULL,
    no bigint NOT NULL,
    abstain bigint NOT NULL,
    carried bigint NOT NULL,
    project_id text,
    recorded_at bigint NOT NULL
);


ALTER TABLE public.council_motions OWNER TO postgres;

--
-- Name: decision_comments; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.decision_comments (
    id text NOT NULL,
    decision_id text NOT NULL,
    author text NOT NULL,
    body text NOT NULL,
    created_at bigint NOT NULL,
    answer text,
    answered_at bigint,
    answered_by text
);


ALTER TABLE public.decision_comments OWNER TO postgres;

--
-- Name: decision_counters; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.decision_counters (
    day text NOT NULL,
    n bigint NOT NULL
);


ALTER TABLE public.decision_counters OWNER TO postgres;

--
-- Name: decision_events; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.decision_events (
    id text NOT NULL,
    decision_id text NOT NULL,
    action text NOT NULL,
    from_status text,
    to_status text NOT NULL,
    note text,
    actor_id text,
    at bigint NOT NULL
);


ALTER TABLE public.decision_events OWNER TO postgres;

--
-- Name: decision_experts; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.decision_experts (
    decision_id text NOT NULL,
    expert_id text NOT NULL,
    drawn_at bigint NOT NULL,
    conflict bigint,
    conflict_note text,
    opinion text,
    opinion_at bigint
);


ALTER TABLE public.decision_experts OWNER TO postgres;

--
-- Name: decision_grids; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.decision_grids (
    decision_id text NOT NULL,
    grid_code text NOT NULL COLLATE pg_catalog."C"
);


ALTER TABLE public.decision_grids OWNER TO postgres;

--
-- Name: decision_links; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.decision_links (
    decision_id text NOT NULL,
    case_type text NOT NULL,
    case_id text NOT NULL,
    number text NOT NULL,
    linked_by text,
    linked_at bigint NOT NULL
);


ALTER TABLE public.decision_links OWNER TO postgres;

--
-- Name: decision_risks; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.decision_risks (
    id text NOT NULL,
    decision_id text NOT NULL,
    title text NOT NULL,
    likelihood bigint NOT NULL,
    impact bigint NOT NULL,
    mitigation text NOT NULL,
    owner text NOT NULL,
    status text NOT NULL,
    updated_at bigint NOT NULL
);


ALTER TABLE public.decision_risks OWNER TO postgres;

--
-- Name: decision_sessions; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.decision_sessions (
    id text NOT NULL,
    decision_id text NOT NULL,
    kind text NOT NULL,
    held_on text NOT NULL,
    place text NOT NULL,
    participants text NOT NULL,
    announced_at bigint,
    attendance bigint,
    summary text,
    recorded_at bigint,
    created_by text,
    created_at bigint NOT NULL
);


ALTER TABLE public.decision_sessions OWNER TO postgres;

--
-- Name: decision_surveys; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.decision_surveys (
    id text NOT NULL,
    decision_id text NOT NULL,
    title text NOT NULL,
    questions text NOT NULL,
    respondents bigint NOT NULL,
    support bigint NOT NULL,
    neutral bigint NOT NULL,
    object bigint NOT NULL,
    strongly_object bigint NOT NULL,
    notes text NOT NULL,
    created_by text,
    created_at bigint NOT NULL
);


ALTER TABLE public.decision_surveys OWNER TO postgres;

--
-- Name: decision_visits; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.decision_visits (
    decision_id text NOT NULL,
    household_id text NOT NULL,
    grid_code text NOT NULL COLLATE pg_catalog."C",
    attitude text NOT NULL,
    concerns text NOT NULL,
    visited_by text,
    visited_at bigint NOT NULL
);


ALTER TABLE public.decision_visits OWNER TO postgres;

--
-- Name: decisions; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.decisions (
    id text NOT NULL,
    number text NOT NULL,
    title text NOT NULL,
    kind text NOT NULL,
    summary text NOT NULL,
    unit_code text NOT NULL COLLATE pg_catalog."C",
    estimated_households bigint NOT NULL,
    leader text NOT NULL,
    assessor text NOT NULL,
    stage text NOT NULL,
    comment_days bigint,
    short_period_reason text,
    participation_opened_at bigint,
    comments_end_at bigint,
    participation_closed_at bigint,
    argumentation_started_at bigint,
    argumentation_closed_at bigint,
    assessment_started_at bigint,
    concluded_at bigint,
    conclusion text,
    level text,
    level_rule text,
    assessment_round bigint NOT NULL,
    social_benefit bigint,
    economic_benefit bigint,
    social_risk bigint,
    legality_submitted_at bigint,
    legality_reviewed_at bigint,
    lawful bigint,
    meeting_on text,
    attendees text,
    minutes text,
    votes_for bigint,
    votes_against bigint,
    votes_abstain bigint,
    chair_decision text,
    chair_reason text,
    decided_at bigint,
    published_at bigint,
    due_at bigint,
    due_rule text,
    open_due bigint,
    created_by text,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL
);


ALTER TABLE public.decisions OWNER TO postgres;

--
-- Name: dispute_counters; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.dispute_counters (
    day text NOT NULL,
    n bigint NOT NULL
);


ALTER TABLE public.dispute_counters OWNER TO postgres;

--
-- Name: dispute_events; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.dispute_events (
    id text NOT NULL,
    dispute_id text NOT NULL,
    action text NOT NULL,
    from_status text,
    to_status text NOT NULL,
    note text,
    actor_id text,
    at bigint NOT NULL
);


ALTER TABLE public.dispute_events OWNER TO postgres;

--
-- Name: dispute_figure_counts; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.dispute_figure_counts (
    unit_code text NOT NULL,
    depth integer NOT NULL,
    type_code text NOT NULL,
    day integer NOT NULL,
    found integer NOT NULL,
    concluded integer NOT NULL,
    agreements integer NOT NULL,
    escalated integer NOT NULL
);


ALTER TABLE public.dispute_figure_counts OWNER TO postgres;

--
-- Name: dispute_parties; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.dispute_parties (
    dispute_id text NOT NULL,
    seq bigint NOT NULL,
    name text NOT NULL,
    role text NOT NULL,
    is_organisation bigint NOT NULL,
    phone text,
    registry_id text
);


ALTER TABLE public.dispute_parties OWNER TO postgres;

--
-- Name: dispute_types; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.dispute_types (
    code text NOT NULL,
    name_zh text NOT NULL,
    name_en text NOT NULL,
    days bigint NOT NULL,
    active bigint NOT NULL
);


ALTER TABLE public.dispute_types OWNER TO postgres;

--
-- Name: disputes; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.disputes (
    id text NOT NULL,
    number text NOT NULL,
    title text NOT NULL,
    occurred_on text NOT NULL,
    place text NOT NULL,
    type_code text NOT NULL,
    scale bigint NOT NULL,
    summary text NOT NULL,
    unit_code text NOT NULL COLLATE pg_catalog."C",
    violence_threatened bigint NOT NULL,
    risk_level text NOT NULL,
    risk_reasons text NOT NULL,
    status text NOT NULL,
    body_code text,
    outcome text,
    agreement_terms text,
    performance_due text,
    agreed_at bigint,
    confirmation_requested_at bigint,
    escalated_at bigint,
    escalation_decision text,
    due_at bigint,
    due_rule text,
    created_by text,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL,
    open_due bigint
);


ALTER TABLE public.disputes OWNER TO postgres;

--
-- Name: emergencies; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.emergencies (
    id text NOT NULL,
    number text NOT NULL,
    category text NOT NULL,
    type text NOT NULL,
    title text NOT NULL,
    occurred_at bigint NOT NULL,
    learned_at bigint NOT NULL,
    place text NOT NULL,
    unit_code text NOT NULL COLLATE pg_catalog."C",
    deaths bigint NOT NULL,
    serious_injuries bigint NOT NULL,
    direct_loss_yuan bigint NOT NULL,
    affected bigint NOT NULL,
    grade text NOT NULL,
    grade_rule text NOT NULL,
    open_due bigint,
    due_rule text,
    created_by text,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL
);


ALTER TABLE public.emergencies OWNER TO postgres;

--
-- Name: emergency_counters; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.emergency_counters (
    day text NOT NULL,
    n bigint NOT NULL
);


ALTER TABLE public.emergency_counters OWNER TO postgres;

--
-- Name: emergency_events; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.emergency_events (
    id text NOT NULL,
    emergency_id text NOT NULL,
    action text NOT NULL,
    from_status text,
    to_status text NOT NULL,
    note text,
    actor_id text,
    at bigint NOT NULL
);


ALTER TABLE public.emergency_events OWNER TO postgres;

--
-- Name: emergency_reports; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.emergency_reports (
    emergency_id text NOT NULL,
    level text NOT NULL,
    reported_at bigint NOT NULL,
    due_at bigint NOT NULL,
    reported_by text,
    note text NOT NULL
);


ALTER TABLE public.emergency_reports OWNER TO postgres;

--
-- Name: experts; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.experts (
    id text NOT NULL,
    name text NOT NULL,
    field text NOT NULL,
    organisation text NOT NULL,
    unit_code text NOT NULL COLLATE pg_catalog."C",
    active bigint NOT NULL,
    created_at bigint NOT NULL
);


ALTER TABLE public.experts OWNER TO postgres;

--
-- Name: grid_team; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.grid_team (
    id text NOT NULL,
    grid_code text NOT NULL COLLATE pg_catalog."C",
    name text NOT NULL,
    "position" text NOT NULL,
    phone text,
    building_code text COLLATE pg_catalog."C",
    staff_id text
);


ALTER TABLE public.grid_team OWNER TO postgres;

--
-- Name: hazard_counters; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.hazard_counters (
    day text NOT NULL,
    n bigint NOT NULL
);


ALTER TABLE public.hazard_counters OWNER TO postgres;

--
-- Name: hazard_events; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.hazard_events (
    id text NOT NULL,
    hazard_id text NOT NULL,
    action text NOT NULL,
    from_status text,
    to_status text NOT NULL,
    note text,
    actor_id text,
    at bigint NOT NULL
);


ALTER TABLE public.hazard_events OWNER TO postgres;

--
-- Name: hazard_photos; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.hazard_photos (
    hazard_id text NOT NULL,
    content_type text NOT NULL,
    bytes bytea NOT NULL,
    created_at bigint NOT NULL
);


ALTER TABLE public.hazard_photos OWNER TO postgres;

--
-- Name: hazards; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.hazards (
    id text NOT NULL,
    number text NOT NULL,
    grid_code text NOT NULL COLLATE pg_catalog."C",
    place text NOT NULL,
    organisation_id text,
    kind text NOT NULL,
    level text NOT NULL,
    description text NOT NULL,
    responsible_unit text NOT NULL,
    work_order_number text,
    status text NOT NULL,
    plan text,
    due_at bigint,
    due_rule text,
    open_due bigint,
    rectified_at bigint,
    closed_at bigint,
    created_by text,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL
);


ALTER TABLE public.hazards OWNER TO postgres;

--
-- Name: household_members; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.household_members (
    resident_id text NOT NULL,
    household_id text NOT NULL,
    relation text NOT NULL
);


ALTER TABLE public.household_members OWNER TO postgres;

--
-- Name: households; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.households (
    id text NOT NULL,
    grid_code text NOT NULL COLLATE pg_catalog."C",
    address text NOT NULL,
    created_at bigint NOT NULL
);


ALTER TABLE public.households OWNER TO postgres;

--
-- Name: houses; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.houses (
    id text NOT NULL,
    grid_code text NOT NULL COLLATE pg_catalog."C",
    building_code text NOT NULL COLLATE pg_catalog."C",
    unit text NOT NULL,
    number text NOT NULL,
    use text NOT NULL,
    area double precision NOT NULL,
    owner text NOT NULL,
    created_at bigint NOT NULL
);


ALTER TABLE public.houses OWNER TO postgres;

--
-- Name: import_jobs; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.import_jobs (
    id text NOT NULL,
    kind text NOT NULL,
    unit_code text NOT NULL COLLATE pg_catalog."C",
    staff_id text NOT NULL,
    file_name text NOT NULL,
    status text NOT NULL,
    progress double precision NOT NULL,
    rows bigint NOT NULL,
    inserted bigint NOT NULL,
    skipped bigint NOT NULL,
    error_count bigint NOT NULL,
    message text,
    report bytea,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL
);


ALTER TABLE public.import_jobs OWNER TO postgres;

--
-- Name: login_failures; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.login_failures (
    key text NOT NULL,
    failures bigint NOT NULL,
    first_at bigint NOT NULL,
    locked_until bigint NOT NULL
);


ALTER TABLE public.login_failures OWNER TO postgres;

--
-- Name: mediation_bodies; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.mediation_bodies (
    code text NOT NULL,
    name_zh text NOT NULL,
    name_en text NOT NULL,
    kind text NOT NULL,
    active bigint NOT NULL
);


ALTER TABLE public.mediation_bodies OWNER TO postgres;

--
-- Name: open311_clients; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.open311_clients (
    id text NOT NULL,
    name text NOT NULL,
    key_hash text NOT NULL,
    active bigint NOT NULL,
    created_at bigint NOT NULL
);


ALTER TABLE public.open311_clients OWNER TO postgres;

--
-- Name: organisation_employees; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.organisation_employees (
    organisation_id text NOT NULL,
    resident_id text NOT NULL,
    "position" text NOT NULL,
    since_on text NOT NULL,
    until_on text
);


ALTER TABLE public.organisation_employees OWNER TO postgres;

--
-- Name: organisations; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.organisations (
    id text NOT NULL,
    name text NOT NULL,
    credit_code text NOT NULL,
    kind text NOT NULL,
    legal_representative text NOT NULL,
    address text NOT NULL,
    grid_code text NOT NULL COLLATE pg_catalog."C",
    created_at bigint NOT NULL
);


ALTER TABLE public.organisations OWNER TO postgres;

--
-- Name: participation_settings; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.participation_settings (
    id text NOT NULL,
    body text NOT NULL,
    updated_by text,
    updated_at bigint NOT NULL
);


ALTER TABLE public.participation_settings OWNER TO postgres;

--
-- Name: petition_counters; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.petition_counters (
    day text NOT NULL,
    n bigint NOT NULL
);


ALTER TABLE public.petition_counters OWNER TO postgres;

--
-- Name: petition_events; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.petition_events (
    id text NOT NULL,
    petition_id text NOT NULL,
    action text NOT NULL,
    from_status text,
    to_status text NOT NULL,
    note text,
    actor_id text,
    at bigint NOT NULL
);


ALTER TABLE public.petition_events OWNER TO postgres;

--
-- Name: petition_handovers; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.petition_handovers (
    work_order_id text NOT NULL,
    handed_at bigint NOT NULL,
    petition_id text,
    taken_by text,
    taken_at bigint
);


ALTER TABLE public.petition_handovers OWNER TO postgres;

--
-- Name: petition_reply_counts; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.petition_reply_counts (
    unit_code text NOT NULL,
    depth integer NOT NULL,
    channel text NOT NULL,
    replied integer NOT NULL,
    on_time integer NOT NULL
);


ALTER TABLE public.petition_reply_counts OWNER TO postgres;

--
-- Name: petitions; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.petitions (
    id text NOT NULL,
    number text NOT NULL,
    channel text NOT NULL,
    petitioner_name text NOT NULL,
    petitioner_phone text,
    headcount bigint NOT NULL,
    matter text NOT NULL,
    demands text NOT NULL,
    unit_code text NOT NULL COLLATE pg_catalog."C",
    responsible_body text NOT NULL,
    status text NOT NULL,
    received_at bigint NOT NULL,
    accepted_at bigint,
    reply_due_at bigint,
    replied_at bigint,
    extension_days bigint NOT NULL,
    due_at bigint,
    due_rule text,
    stage_at bigint NOT NULL,
    work_order_id text,
    created_by text,
    updated_at bigint NOT NULL,
    owed_due bigint,
    petitioner_registry_id text,
    tracking_code text
);


ALTER TABLE public.petitions OWNER TO postgres;

--
-- Name: plan_signatures; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.plan_signatures (
    project_id text NOT NULL,
    member_id text NOT NULL,
    name text NOT NULL,
    signed_on text NOT NULL,
    recorded_by text,
    recorded_at bigint NOT NULL
);


ALTER TABLE public.plan_signatures OWNER TO postgres;

--
-- Name: point_accounts; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.point_accounts (
    resident_id text NOT NULL,
    unit_code text NOT NULL COLLATE pg_catalog."C",
    balance bigint NOT NULL,
    card_hash text,
    phone_hash text,
    card_issued_at bigint,
    opened_at bigint NOT NULL
);


ALTER TABLE public.point_accounts OWNER TO postgres;

--
-- Name: point_entries; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.point_entries (
    id text NOT NULL,
    resident_id text NOT NULL,
    delta bigint NOT NULL,
    kind text NOT NULL,
    ref text,
    hours_tenths bigint,
    note text NOT NULL,
    once_key text,
    entered_by text,
    entered_at bigint NOT NULL
);


ALTER TABLE public.point_entries OWNER TO postgres;

--
-- Name: point_services; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.point_services (
    id text NOT NULL,
    unit_code text NOT NULL COLLATE pg_catalog."C",
    name text NOT NULL,
    cost bigint NOT NULL,
    active bigint NOT NULL,
    created_by text,
    created_at bigint NOT NULL
);


ALTER TABLE public.point_services OWNER TO postgres;

--
-- Name: portal_submissions; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.portal_submissions (
    token text NOT NULL,
    work_order_id text,
    created_at bigint NOT NULL
);


ALTER TABLE public.portal_submissions OWNER TO postgres;

--
-- Name: project_disclosures; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.project_disclosures (
    id text NOT NULL,
    project_id text NOT NULL,
    kind text NOT NULL,
    period text NOT NULL,
    content text NOT NULL,
    disclosed_on text NOT NULL,
    disclosed_by text,
    disclosed_at bigint NOT NULL
);


ALTER TABLE public.project_disclosures OWNER TO postgres;

--
-- Name: project_events; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.project_events (
    id text NOT NULL,
    project_id text NOT NULL,
    kind text NOT NULL,
    round bigint NOT NULL,
    held_on text NOT NULL,
    satisfied bigint,
    basically_satisfied bigint,
    unsatisfied bigint,
    outcome text,
    note text NOT NULL,
    recorded_by text,
    recorded_at bigint NOT NULL
);


ALTER TABLE public.project_events OWNER TO postgres;

--
-- Name: project_ledger; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.project_ledger (
    id text NOT NULL,
    project_id text NOT NULL,
    entry_on text NOT NULL,
    kind text NOT NULL,
    amount_fen bigint NOT NULL,
    voucher text NOT NULL,
    note text NOT NULL,
    entered_by text,
    entered_at bigint NOT NULL
);


ALTER TABLE public.project_ledger OWNER TO postgres;

--
-- Name: projects; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.projects (
    id text NOT NULL,
    unit_code text NOT NULL COLLATE pg_catalog."C",
    title text NOT NULL,
    plan text NOT NULL,
    budget_fen bigint NOT NULL,
    ballot_id text,
    status text NOT NULL,
    round bigint NOT NULL,
    started_on text NOT NULL,
    finished_on text,
    accepted_on text,
    created_by text,
    created_at bigint NOT NULL
);


ALTER TABLE public.projects OWNER TO postgres;

--
-- Name: proposals; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.proposals (
    id text NOT NULL,
    unit_code text NOT NULL COLLATE pg_catalog."C",
    title text NOT NULL,
    body text NOT NULL,
    proposer_name text NOT NULL,
    proposer_phone text NOT NULL,
    channel text NOT NULL,
    status text NOT NULL,
    group_label text,
    review_note text,
    ballot_id text,
    entered_by text,
    created_at bigint NOT NULL
);


ALTER TABLE public.proposals OWNER TO postgres;

--
-- Name: rate_limits; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.rate_limits (
    key text NOT NULL,
    window_start bigint NOT NULL,
    hits bigint NOT NULL
);


ALTER TABLE public.rate_limits OWNER TO postgres;

--
-- Name: reception_cases; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.reception_cases (
    reception_id text NOT NULL,
    petition_id text NOT NULL
);


ALTER TABLE public.reception_cases OWNER TO postgres;

--
-- Name: reception_days; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.reception_days (
    id text NOT NULL,
    leader_name text NOT NULL,
    leader_title text NOT NULL,
    day text NOT NULL,
    hours text NOT NULL,
    place text NOT NULL,
    unit_code text NOT NULL COLLATE pg_catalog."C",
    created_by text,
    created_at bigint NOT NULL
);


ALTER TABLE public.reception_days OWNER TO postgres;

--
-- Name: rental_tenants; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.rental_tenants (
    rental_id text NOT NULL,
    resident_id text NOT NULL
);


ALTER TABLE public.rental_tenants OWNER TO postgres;

--
-- Name: rentals; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.rentals (
    id text NOT NULL,
    house_id text NOT NULL,
    grid_code text NOT NULL COLLATE pg_catalog."C",
    landlord text NOT NULL,
    from_on text NOT NULL,
    to_on text NOT NULL,
    registered bigint NOT NULL,
    created_at bigint NOT NULL
);


ALTER TABLE public.rentals OWNER TO postgres;

--
-- Name: residence_permits; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.residence_permits (
    id text NOT NULL,
    resident_id text NOT NULL,
    grid_code text NOT NULL COLLATE pg_catalog."C",
    basis text NOT NULL,
    issued_on text NOT NULL,
    expires_on text NOT NULL,
    status text NOT NULL,
    cancelled_on text,
    cancel_reason text
);


ALTER TABLE public.residence_permits OWNER TO postgres;

--
-- Name: resident_address_terms; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.resident_address_terms (
    term text NOT NULL,
    grid_code text NOT NULL COLLATE pg_catalog."C"
);


ALTER TABLE public.resident_address_terms OWNER TO postgres;

--
-- Name: resident_conflicts; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.resident_conflicts (
    id text NOT NULL,
    resident_id text NOT NULL,
    existing_grid text NOT NULL COLLATE pg_catalog."C",
    attempted_grid text NOT NULL COLLATE pg_catalog."C",
    common_unit text NOT NULL COLLATE pg_catalog."C",
    attempted_by text NOT NULL,
    created_at bigint NOT NULL
);


ALTER TABLE public.resident_conflicts OWNER TO postgres;

--
-- Name: resident_name_terms; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.resident_name_terms (
    term text NOT NULL,
    grid_code text NOT NULL COLLATE pg_catalog."C",
    resident_id text NOT NULL
);


ALTER TABLE public.resident_name_terms OWNER TO postgres;

--
-- Name: residents; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.residents (
    id text NOT NULL,
    name text NOT NULL,
    id_number text NOT NULL,
    sex text NOT NULL,
    birth_date text NOT NULL,
    ethnicity text NOT NULL,
    phone text,
    registered_address text NOT NULL,
    current_address text NOT NULL,
    population_type text NOT NULL,
    grid_code text NOT NULL COLLATE pg_catalog."C",
    building_code text COLLATE pg_catalog."C",
    sealed bigint NOT NULL,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL,
    arrived_on text
);


ALTER TABLE public.residents OWNER TO postgres;

--
-- Name: safety_agreements; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.safety_agreements (
    id text NOT NULL,
    organisation_id text NOT NULL,
    grid_code text NOT NULL COLLATE pg_catalog."C",
    year bigint NOT NULL,
    signed_on text NOT NULL,
    signatory text NOT NULL,
    terms text NOT NULL,
    created_at bigint NOT NULL
);


ALTER TABLE public.safety_agreements OWNER TO postgres;

--
-- Name: schema_migrations; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.schema_migrations (
    id text NOT NULL,
    applied_at bigint NOT NULL
);


ALTER TABLE public.schema_migrations OWNER TO postgres;

--
-- Name: screening_reports; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.screening_reports (
    round_id text NOT NULL,
    grid_code text NOT NULL COLLATE pg_catalog."C",
    nothing_found bigint NOT NULL,
    findings text NOT NULL,
    dispute_ids text NOT NULL,
    reported_by text NOT NULL,
    reported_at bigint NOT NULL
);


ALTER TABLE public.screening_reports OWNER TO postgres;

--
-- Name: screening_rounds; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.screening_rounds (
    id text NOT NULL,
    unit_code text NOT NULL COLLATE pg_catalog."C",
    level text NOT NULL,
    period_start text NOT NULL,
    period_end text NOT NULL,
    reason text NOT NULL,
    created_by text,
    created_at bigint NOT NULL
);


ALTER TABLE public.screening_rounds OWNER TO postgres;

--
-- Name: sessions; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.sessions (
    token_hash text NOT NULL,
    staff_id text NOT NULL,
    kind text NOT NULL,
    csrf text NOT NULL,
    created_at bigint NOT NULL,
    expires_at bigint NOT NULL
);


ALTER TABLE public.sessions OWNER TO postgres;

--
-- Name: spatial_revision; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.spatial_revision (
    id bigint NOT NULL,
    revision bigint NOT NULL
);


ALTER TABLE public.spatial_revision OWNER TO postgres;

--
-- Name: staff; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.staff (
    id text NOT NULL,
    username text NOT NULL,
    password_hash text NOT NULL,
    display_name text NOT NULL,
    role text NOT NULL,
    "position" text,
    unit_code text NOT NULL COLLATE pg_catalog."C",
    department text,
    phone text,
    locale text NOT NULL,
    active bigint NOT NULL,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL
);


ALTER TABLE public.staff OWNER TO postgres;

--
-- Name: star_households; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.star_households (
    household_id text NOT NULL,
    year bigint NOT NULL,
    grid_code text NOT NULL COLLATE pg_catalog."C",
    stars bigint NOT NULL,
    criteria text NOT NULL,
    note text NOT NULL,
    reviewed_by text,
    reviewed_at bigint NOT NULL
);


ALTER TABLE public.star_households OWNER TO postgres;

--
-- Name: units; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.units (
    code text NOT NULL COLLATE pg_catalog."C",
    parent_code text COLLATE pg_catalog."C",
    level text NOT NULL,
    name text NOT NULL,
    settlement text NOT NULL,
    households bigint,
    address text,
    polygon text,
    lon double precision,
    lat double precision,
    min_lon double precision,
    min_lat double precision,
    max_lon double precision,
    max_lat double precision,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL
);


ALTER TABLE public.units OWNER TO postgres;

--
-- Name: venue_inspections; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.venue_inspections (
    id text NOT NULL,
    venue_id text NOT NULL,
    inspected_on text NOT NULL,
    inspector text,
    findings text NOT NULL,
    violations text NOT NULL,
    minors bigint NOT NULL,
    created_at bigint NOT NULL
);


ALTER TABLE public.venue_inspections OWNER TO postgres;

--
-- Name: venue_proposals; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.venue_proposals (
    id text NOT NULL,
    venue_id text NOT NULL,
    inspection_id text NOT NULL,
    rule_id text NOT NULL,
    measure text NOT NULL,
    status text NOT NULL,
    decided_by text,
    decision_note text,
    created_at bigint NOT NULL
);


ALTER TABLE public.venue_proposals OWNER TO postgres;

--
-- Name: venue_rules; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.venue_rules (
    id text NOT NULL,
    kind text NOT NULL,
    violations text NOT NULL,
    count bigint NOT NULL,
    window_days bigint NOT NULL,
    minors_at_least bigint,
    minors_at_most bigint,
    measure text NOT NULL,
    active bigint NOT NULL
);


ALTER TABLE public.venue_rules OWNER TO postgres;

--
-- Name: venues; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.venues (
    id text NOT NULL,
    name text NOT NULL,
    kind text NOT NULL,
    organisation_id text,
    grid_code text NOT NULL COLLATE pg_catalog."C",
    address text NOT NULL,
    licence text NOT NULL,
    created_at bigint NOT NULL
);


ALTER TABLE public.venues OWNER TO postgres;

--
-- Name: visit_tasks; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.visit_tasks (
    id text NOT NULL,
    caseload_id text NOT NULL,
    grid_code text NOT NULL COLLATE pg_catalog."C",
    person_name text NOT NULL,
    address text NOT NULL,
    due_on text NOT NULL,
    done_on text,
    done_by text,
    note text,
    asked_by text,
    asked_at bigint NOT NULL
);


ALTER TABLE public.visit_tasks OWNER TO postgres;

--
-- Name: warning_units; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.warning_units (
    warning_id text NOT NULL,
    unit_code text NOT NULL COLLATE pg_catalog."C"
);


ALTER TABLE public.warning_units OWNER TO postgres;

--
-- Name: warnings; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.warnings (
    id text NOT NULL,
    level bigint NOT NULL,
    kind text NOT NULL,
    title text NOT NULL,
    message text NOT NULL,
    starts_at bigint NOT NULL,
    ends_at bigint NOT NULL,
    lifted_at bigint,
    issued_by text,
    created_at bigint NOT NULL
);


ALTER TABLE public.warnings OWNER TO postgres;

--
-- Name: work_order_categories; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.work_order_categories (
    code text NOT NULL COLLATE pg_catalog."C",
    parent_code text COLLATE pg_catalog."C",
    name_zh text NOT NULL,
    name_en text NOT NULL,
    request_class text NOT NULL,
    handling_level text NOT NULL,
    handling_unit text,
    active bigint NOT NULL
);


ALTER TABLE public.work_order_categories OWNER TO postgres;

--
-- Name: work_order_co_handlers; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.work_order_co_handlers (
    work_order_id text NOT NULL,
    unit text NOT NULL,
    added_by text,
    added_at bigint NOT NULL,
    reply text,
    replied_by text,
    replied_at bigint
);


ALTER TABLE public.work_order_co_handlers OWNER TO postgres;

--
-- Name: work_order_counters; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.work_order_counters (
    day text NOT NULL,
    n bigint NOT NULL
);


ALTER TABLE public.work_order_counters OWNER TO postgres;

--
-- Name: work_order_events; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.work_order_events (
    id text NOT NULL,
    work_order_id text NOT NULL,
    action text NOT NULL,
    from_status text,
    to_status text NOT NULL,
    actor_id text,
    note text,
    at bigint NOT NULL
);


ALTER TABLE public.work_order_events OWNER TO postgres;

--
-- Name: work_order_extensions; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.work_order_extensions (
    id text NOT NULL,
    work_order_id text NOT NULL,
    working_days bigint NOT NULL,
    reason text NOT NULL,
    status text NOT NULL,
    pending text,
    requested_by text,
    requested_at bigint NOT NULL,
    decided_by text,
    decided_at bigint,
    decision_note text
);


ALTER TABLE public.work_order_extensions OWNER TO postgres;

--
-- Name: work_orders; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.work_orders (
    id text NOT NULL,
    number text NOT NULL,
    channel text NOT NULL,
    request_class text NOT NULL,
    category_code text NOT NULL COLLATE pg_catalog."C",
    description text NOT NULL,
    address text,
    lon double precision,
    lat double precision,
    grid_code text NOT NULL COLLATE pg_catalog."C",
    handling_level text NOT NULL,
    handling_unit text,
    status text NOT NULL,
    contact_name text,
    contact_phone text,
    proxy bigint NOT NULL,
    satisfaction text,
    extensions bigint NOT NULL,
    created_by text,
    created_at bigint NOT NULL,
    due_at bigint NOT NULL,
    closed_at bigint,
    updated_at bigint NOT NULL,
    source_client text,
    media_url text,
    contact_email text,
    merged_into text,
    open_due bigint,
    tracking_code text,
    supervised_due bigint
);


ALTER TABLE public.work_orders OWNER TO postgres;

--
-- Data for Name: agreement_records; Type: TABLE DATA; Schema: public; Owner: postgres
--



--
-- Data for Name: agreements; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.agreements VALUES ('demo-pact-1', '330199001001', 'organisation_cadres', 'organisation', '社区干部岗位履职协议书', '一、岗位分工与职责……
二、年度重点工作与进度要求……
三、评价指标：居民满意率不低于90%。', '社区党委、社区居委会全体成员', '2026-01-10', '2026-12-31', 'demo-clerk', 1768807311);
INSERT INTO public.agreements VALUES ('demo-pact-2', '330199001001', 'organisation_villagers', 'public_affairs', '幸福里居民公约', '爱护公共设施，垃圾分类投放，不占用消防通道，邻里守望相助。', '幸福里社区居委会、居民代表会议', '2026-05-19', NULL, 'demo-clerk', 1779175311);


--
-- Data for Name: aid_grants; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.aid_grants VALUES ('demo-grant-1', 'demo-backlog-1', 500000, '家庭生活困难，补偿款到位前临时救助', 'requested', 'demo-petition', 1796455311, NULL, NULL, NULL);


--
-- Data for Name: assessment_settings; Type: TABLE DATA; Schema: public; Owner: postgres
--



--
-- Data for Name: audit_head; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.audit_head VALUES (1, 1, '411dff9d8f33f141b6aba1928b6ebd89a5d0878adf7b48395688f7dbb57e7f77', 1);


--
-- Data for Name: audit_log; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.audit_log VALUES (1, 1796455311, '-', '-', 'demo.seed', 'unit', '330199', '256 units, 361 team members', '', '0000000000000000000000000000000000000000000000000000000000000000', '411dff9d8f33f141b6aba1928b6ebd89a5d0878adf7b48395688f7dbb57e7f77');


--
-- Data for Name: backlog_cases; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.backlog_cases VALUES ('demo-backlog-1', 'demo-petition-2', '周明（县长）', '县信访局、县住建局、城关街道', '核实补偿标准，分期发放，街道跟踪到位', '郑科长（县信访局）', 'open', NULL, 1796455311, NULL);


--
-- Data for Name: backlog_meetings; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.backlog_meetings VALUES ('demo-meeting-1', 'demo-backlog-1', 'consultation', '2026-12-05', '县信访局、县住建局、城关街道', '补偿款因资金未到位延迟。', '县住建局两周内拨付首期补偿款。', 'demo-petition', 1796455311);


--
-- Data for Name: ballot_households; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.ballot_households VALUES ('demo-ballot-2', 'demo-household-1', '4b5b9b5c535e2d82c10a6f5e883c6b5baad72d0df5cf0badb459e1eaea143583', NULL, NULL, NULL, NULL);
INSERT INTO public.ballot_households VALUES ('demo-ballot-1', 'demo-household-1', '286129257d58a096a8549f145884f97cc28e363bcfad308e5f67195becec4c50', 0, 'paper', 'demo-clerk', 1795591311);


--
-- Data for Name: ballots; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.ballots VALUES ('demo-ballot-1', '330199001001', '幸福里小区加装电梯方案', '["同意","不同意"]', 1794727311, 1795936911, 'residents_meeting', 1, 1794727311, 'demo-clerk', 1794640911);
INSERT INTO public.ballots VALUES ('demo-ballot-2', '330199001001', '社区微更新项目：口袋公园选址', '["北门空地","3幢东侧","菜市场旁"]', 1796368911, 1797578511, 'residents_meeting', 1, 1796368911, 'demo-clerk', 1796282511);


--
-- Data for Name: case_notices; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.case_notices VALUES ('01a24514ab16e8619bcaa055e83ee7d6', 'petition', 'demo-petition-2', 'handling_60d', 'overdue', 1, '330199001001', NULL, '330199001', 1795190399, 1796455312);
INSERT INTO public.case_notices VALUES ('01a24514ab168f84ae2cd89bfdc47468', 'petition', 'demo-petition-2', 'handling_60d', 'escalated', 2, '330199001001', NULL, '330199', 1795190399, 1796455312);
INSERT INTO public.case_notices VALUES ('01a24514ab166b29bc84afe5eeb9050e', 'caseload', 'demo-caseload-1', 'caseload_rule_report_every', 'near_due', 1, '330199002001001', NULL, '330199002', 1796572799, 1796455312);


--
-- Data for Name: caseload_contacts; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.caseload_contacts VALUES ('demo-caseload-1-contact-report-6', 'demo-caseload-1', 'report', '2026-11-29', '按时报到，情绪稳定。', NULL, 0, NULL, NULL, 'demo-socialworker', 1795936911);
INSERT INTO public.caseload_contacts VALUES ('demo-caseload-1-contact-written_report-5', 'demo-caseload-1', 'written_report', '2026-11-30', '书面报告本周情况。', NULL, 0, NULL, NULL, 'demo-socialworker', 1796023311);
INSERT INTO public.caseload_contacts VALUES ('demo-caseload-1-contact-visit-20', 'demo-caseload-1', 'visit', '2026-11-15', '家访，家属配合。', NULL, 0, NULL, NULL, 'demo-socialworker', 1794727311);
INSERT INTO public.caseload_contacts VALUES ('demo-caseload-1-contact-study-3', 'demo-caseload-1', 'study', '2026-12-02', '法治教育课。', NULL, 0, 8, NULL, 'demo-socialworker', 1796196111);
INSERT INTO public.caseload_contacts VALUES ('demo-caseload-1-contact-service-2', 'demo-caseload-1', 'service', '2026-12-03', '社区环境整治。', NULL, 0, 4, NULL, 'demo-socialworker', 1796282511);
INSERT INTO public.caseload_contacts VALUES ('demo-caseload-1-contact-assessment-30', 'demo-caseload-1', 'assessment', '2026-11-05', '上月考核合格。', NULL, 0, NULL, 85, 'demo-socialworker', 1793863311);
INSERT INTO public.caseload_contacts VALUES ('demo-caseload-3-contact-follow_up-80', 'demo-caseload-3', 'follow_up', '2026-09-16', '病情稳定，按时服药。', 0, 0, NULL, NULL, 'demo-socialworker', 1789543311);
INSERT INTO public.caseload_contacts VALUES ('demo-caseload-3-contact-health_check-150', 'demo-caseload-3', 'health_check', '2026-07-08', '年度体检已完成。', NULL, 0, NULL, NULL, 'demo-socialworker', 1783495311);
INSERT INTO public.caseload_contacts VALUES ('demo-caseload-4-contact-visit-25', 'demo-caseload-4', 'visit', '2026-11-10', '走访，了解就业意向。', NULL, 0, NULL, NULL, 'demo-socialworker', 1794295311);


--
-- Data for Name: caseload_events; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.caseload_events VALUES ('01a23fee4ba4ce120851f4b10c7d894c', 'demo-caseload-1', 'register', NULL, 'active', NULL, 'demo-socialworker', 1796368911);
INSERT INTO public.caseload_events VALUES ('01a23fee4ba48486d269040e334076f1', 'demo-caseload-2', 'register', NULL, 'active', NULL, 'demo-socialworker', 1796368911);
INSERT INTO public.caseload_events VALUES ('01a23fee4ba46ebdf8fae8690a71bf7e', 'demo-caseload-3', 'register', NULL, 'active', NULL, 'demo-socialworker', 1796368911);
INSERT INTO public.caseload_events VALUES ('01a23fee4ba44fa932d563160d1958fb', 'demo-caseload-4', 'register', NULL, 'active', NULL, 'demo-socialworker', 1796368911);


--
-- Data for Name: caseload_leaves; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.caseload_leaves VALUES ('demo-leave-1', 'demo-caseload-1', '2026-12-15', '2026-12-17', '赴杭州探望住院的母亲。', 'proposed', 'demo-socialworker', 1796451711, NULL, NULL, NULL);


--
-- Data for Name: caseload_sanctions; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.caseload_sanctions VALUES ('demo-sanction-1', 'demo-caseload-1', 'reprimand', 'minor_breach', NULL, '未经批准夜间外出一次。', 'proposed', 'demo-socialworker', 1796448111, NULL, NULL, NULL);


--
-- Data for Name: caseload_settings; Type: TABLE DATA; Schema: public; Owner: postgres
--



--
-- Data for Name: caseloads; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.caseloads VALUES ('demo-caseload-1', 'correction', 'demo-resident-104', '330199002001001', '330199002', 'demo-socialworker', 'active', '2026-09-21', '2027-09-21', 'strict', '2026-09-26', NULL, 0, NULL, NULL, NULL, NULL, '缓刑一年；每周报到，参加社区服务。', 1796572799, 'caseload_rule_report_every', 'demo-socialworker', 1796368911);
INSERT INTO public.caseloads VALUES ('demo-caseload-2', 'resettlement', 'demo-resident-102', '330199002001001', '330199002', 'demo-socialworker', 'active', '2026-12-25', '2031-12-25', NULL, NULL, '2026-11-27', 1, NULL, NULL, NULL, NULL, '释放当日由司法所、社区接回；联系就业培训。', 1798214399, 'caseload_rule_meet_on_release', 'demo-socialworker', 1796368911);
INSERT INTO public.caseloads VALUES ('demo-caseload-3', 'mental_health', 'demo-resident-103', '330199002001001', '330199002', 'demo-socialworker', 'active', '2026-05-19', NULL, NULL, NULL, NULL, 0, NULL, NULL, NULL, NULL, '', 1797350399, 'caseload_rule_stable_follow_up', 'demo-socialworker', 1796368911);
INSERT INTO public.caseloads VALUES ('demo-caseload-4', 'youth', 'demo-resident-139', '330199002002003', '330199002', 'demo-socialworker', 'active', '2026-10-26', NULL, NULL, NULL, NULL, 0, NULL, NULL, NULL, 'idle', '职业技能培训推荐。', 1796918399, 'caseload_rule_youth_visit', 'demo-socialworker', 1796368911);


--
-- Data for Name: change_counters; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.change_counters VALUES ('petitions', 9);
INSERT INTO public.change_counters VALUES ('disputes', 5);


--
-- Data for Name: commitments; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.commitments VALUES ('demo-commitment-1', '330199', 2026, '周县长', '县人民政府县长', '年内完成城区6个老旧小区加装电梯，新增停车位800个。', '2026-01-15', '已完成4个小区电梯加装，新增停车位520个。', '2026-07-10', NULL, NULL, NULL, 'demo-leader', 1770535311);
INSERT INTO public.commitments VALUES ('demo-commitment-2', '330199001', 2026, '城关街道 李书记', '街道党工委书记', '每个社区建成一处口袋公园。', '2026-02-20', NULL, NULL, NULL, NULL, NULL, 'demo-supervisor', 1772263311);


--
-- Data for Name: council_meetings; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.council_meetings VALUES ('demo-meeting-1', '330199001001', '2026-09-16', '幸福里口袋公园改造方案', '会议听取了口袋公园改造方案的说明，讨论了选址、铺装和照明，与会成员就方案表决。', 7, '["demo-member-1","demo-member-2","demo-member-3","demo-member-4","demo-member-5","demo-member-6"]', 1, 'demo-clerk', 1789543311);


--
-- Data for Name: council_members; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.council_members VALUES ('demo-member-1', '330199001001', '陈国华', '议事会会长', '2025-10-31', NULL, 'demo-clerk', 1761895311);
INSERT INTO public.council_members VALUES ('demo-member-2', '330199001001', '林美玲', '居民代表', '2025-10-31', NULL, 'demo-clerk', 1761895311);
INSERT INTO public.council_members VALUES ('demo-member-3', '330199001001', '何志明', '居民代表', '2025-10-31', NULL, 'demo-clerk', 1761895311);
INSERT INTO public.council_members VALUES ('demo-member-4', '330199001001', '郭淑贞', '楼道长', '2025-10-31', NULL, 'demo-clerk', 1761895311);
INSERT INTO public.council_members VALUES ('demo-member-5', '330199001001', '罗振东', '物业代表', '2025-10-31', NULL, 'demo-clerk', 1761895311);
INSERT INTO public.council_members VALUES ('demo-member-6', '330199001001', '梁晓红', '居民代表', '2025-10-31', NULL, 'demo-clerk', 1761895311);
INSERT INTO public.council_members VALUES ('demo-member-7', '330199001001', '宋建平', '辖区单位代表', '2025-10-31', NULL, 'demo-clerk', 1761895311);


--
-- Data for Name: council_motions; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.council_motions VALUES ('demo-motion-1', 'demo-meeting-1', '同意口袋公园改造方案及22万元预算', 5, 1, 0, 1, 'demo-project-1', 1789543311);


--
-- Data for Name: decision_comments; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.decision_comments VALUES ('demo-decision-1-comment-1', 'demo-decision-1', '王建华', '希望公开补偿标准和过渡安置办法。', 1793863311, NULL, NULL, NULL);
INSERT INTO public.decision_comments VALUES ('demo-decision-2-comment-1', 'demo-decision-2', '王建华', '希望公开补偿标准和过渡安置办法。', 1793863311, NULL, NULL, NULL);


--
-- Data for Name: decision_counters; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.decision_counters VALUES ('20261205', 3);


--
-- Data for Name: decision_events; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.decision_events VALUES ('01a15d567b6da8d1313b283398fe65d2', 'demo-decision-1', 'propose', NULL, 'proposed', NULL, 'demo-leader', 1792567311);
INSERT INTO public.decision_events VALUES ('01a1627cd76d0e92f7fe22bba248f604', 'demo-decision-1', 'open_participation', 'proposed', 'participation', '在县政府门户网站和社区公告栏公开征求意见30日。', 'demo-leader', 1792653711);
INSERT INTO public.decision_events VALUES ('01a14396af6dfd337f80f2dc04b3f0d3', 'demo-decision-2', 'propose', NULL, 'proposed', NULL, 'demo-leader', 1792135311);
INSERT INTO public.decision_events VALUES ('01a14de3676dd9be35d5a8c1e78300c0', 'demo-decision-2', 'open_participation', 'proposed', 'participation', '在县政府门户网站和社区公告栏公开征求意见30日。', 'demo-leader', 1792308111);
INSERT INTO public.decision_events VALUES ('01a2262e7f6d9f190ed999593567ead8', 'demo-decision-3', 'propose', NULL, 'proposed', NULL, 'demo-leader', 1795936911);
INSERT INTO public.decision_events VALUES ('01a22b54db6d9d4543d8e979e21e1f07', 'demo-decision-3', 'open_participation', 'proposed', 'participation', '在县政府门户网站和社区公告栏公开征求意见30日。', 'demo-leader', 1796023311);
INSERT INTO public.decision_events VALUES ('01a20748576db4b950a3aa6f5b23c99b', 'demo-decision-1', 'close_participation', 'participation', 'argumentation', '收到意见1条，已答复并公开。', 'demo-leader', 1795418511);
INSERT INTO public.decision_events VALUES ('01a21be1c76dd8ef4fcffaa0898abb39', 'demo-decision-1', 'close_argumentation', 'argumentation', 'assessment', '专家1人回避，1人出具书面论证意见。', 'demo-leader', 1795764111);
INSERT INTO public.decision_events VALUES ('01a22b54db6d683764dfc4fe6e1e4ead', 'demo-decision-1', 'conclude', 'assessment', 'legality', '评估结论见稳评报告。 [high]', 'demo-leader', 1796023311);
INSERT INTO public.decision_events VALUES ('01a23fee4b6dc1cf2152c393e46e673c', 'demo-decision-1', 'review_legality', 'legality', 'deliberation', '经审查，决策事项和程序合法。', 'demo-leader', 1796368911);
INSERT INTO public.decision_events VALUES ('01a1f7d5436d984fc82cb985c3bd3659', 'demo-decision-2', 'close_participation', 'participation', 'argumentation', '收到意见1条，已答复并公开。', 'demo-leader', 1795159311);
INSERT INTO public.decision_events VALUES ('01a211950f6d09dd27ffed11bd969c85', 'demo-decision-2', 'close_argumentation', 'argumentation', 'assessment', '专家1人回避，1人出具书面论证意见。', 'demo-leader', 1795591311);
INSERT INTO public.decision_events VALUES ('01a2262e7f6d7abe727985d85c0e912c', 'demo-decision-2', 'conclude', 'assessment', 'legality', '评估结论见稳评报告。 [medium]', 'demo-leader', 1795936911);
INSERT INTO public.decision_events VALUES ('01a23ac7ef6dbb50dbb94b3393a875c1', 'demo-decision-2', 'review_legality', 'legality', 'deliberation', '经审查，决策事项和程序合法。', 'demo-leader', 1796282511);


--
-- Data for Name: decision_experts; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.decision_experts VALUES ('demo-decision-1', 'demo-expert-1', 1795504911, 0, NULL, '程序合法，补偿标准应不低于市场评估价。', 1795677711);
INSERT INTO public.decision_experts VALUES ('demo-decision-1', 'demo-expert-2', 1795504911, 1, '曾参与本项目前期规划', NULL, 1795677711);
INSERT INTO public.decision_experts VALUES ('demo-decision-2', 'demo-expert-1', 1795504911, 0, NULL, '程序合法，补偿标准应不低于市场评估价。', 1795677711);
INSERT INTO public.decision_experts VALUES ('demo-decision-2', 'demo-expert-2', 1795504911, 1, '曾参与本项目前期规划', NULL, 1795677711);


--
-- Data for Name: decision_grids; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.decision_grids VALUES ('demo-decision-1', '330199001001001');
INSERT INTO public.decision_grids VALUES ('demo-decision-2', '330199001001001');
INSERT INTO public.decision_grids VALUES ('demo-decision-3', '330199001001001');


--
-- Data for Name: decision_links; Type: TABLE DATA; Schema: public; Owner: postgres
--



--
-- Data for Name: decision_risks; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.decision_risks VALUES ('demo-risk-1', 'demo-decision-1', '补偿标准争议引发群体上访', 5, 4, '', '', 'open', 1795936911);
INSERT INTO public.decision_risks VALUES ('demo-risk-2', 'demo-decision-2', '低收入家庭负担加重引发不满', 3, 4, '低保户、特困户每月减免5立方米水量', '县民政局', 'open', 1795936911);


--
-- Data for Name: decision_sessions; Type: TABLE DATA; Schema: public; Owner: postgres
--



--
-- Data for Name: decision_surveys; Type: TABLE DATA; Schema: public; Owner: postgres
--



--
-- Data for Name: decision_visits; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.decision_visits VALUES ('demo-decision-1', 'demo-household-1', '330199001001001', 'strongly_object', '补偿低于周边房价，不同意搬迁', 'demo-gridworker1', 1795850511);
INSERT INTO public.decision_visits VALUES ('demo-decision-2', 'demo-household-1', '330199001001001', 'neutral', '担心低收入家庭负担加重', 'demo-gridworker1', 1795764111);


--
-- Data for Name: decisions; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.decisions VALUES ('demo-decision-1', 'JC20261205-00001', '幸福里片区危旧房屋征收改造', 'demolition', '对幸福里小区1—3幢危旧房屋实施征收，涉及居民搬迁安置和补偿。', '330199', 120, '周县长', '县住建局（委托第三方评估机构）', 'deliberation', 30, NULL, 1792653711, 1795276799, 1795418511, 1795418511, 1795764111, 1795764111, 1796023311, 'postpone', 'high', 'worst_risk_score>=20:20', 1, 70, 60, 85, 1796023311, 1796368911, 1, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'demo-leader', 1792567311, 1792567311);
INSERT INTO public.decisions VALUES ('demo-decision-2', 'JC20261205-00002', '城区居民生活用水价格调整', 'price_change', '居民阶梯水价第一档由每立方米2.60元调整为2.95元，低保户每月减免5立方米。', '330199', 5000, '周县长', '县发改局', 'deliberation', 30, NULL, 1792308111, 1794931199, 1795159311, 1795159311, 1795591311, 1795591311, 1795936911, 'go_with_mitigations', 'medium', 'worst_risk_score>=12:12', 1, 75, 70, 45, 1795936911, 1796282511, 1, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'demo-leader', 1792135311, 1792135311);
INSERT INTO public.decisions VALUES ('demo-decision-3', 'JC20261205-00003', '老旧小区停车收费管理办法', 'broad_policy', '在幸福里等老旧小区施划停车泊位，实行业主优先、错时共享和分时段收费。', '330199', 800, '周县长', '县综治中心', 'participation', 30, NULL, 1796023311, 1798646399, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1798646399, 'participation_period', 1798646399, 'demo-leader', 1795936911, 1795936911);


--
-- Data for Name: dispute_counters; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.dispute_counters VALUES ('20261205', 2);


--
-- Data for Name: dispute_events; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.dispute_events VALUES ('01a23ac7ef60f03e582adf0965929d4c', 'demo-dispute-1', 'register', NULL, 'registered', NULL, 'demo-gridworker1', 1796282511);
INSERT INTO public.dispute_events VALUES ('01a207485760e6ae82b63c419dec2297', 'demo-dispute-2', 'register', NULL, 'registered', NULL, 'demo-gridworker1', 1795418511);
INSERT INTO public.dispute_events VALUES ('01a20c6eb36008389011ec74e274b6c5', 'demo-dispute-2', 'assign', 'registered', 'assigned', '交社区人民调解委员会', 'demo-mediator', 1795504911);
INSERT INTO public.dispute_events VALUES ('01a216bb6b607bc2a927d9cd58757e5c', 'demo-dispute-2', 'session', 'assigned', 'mediating', '双方到场陈述；物业承认车位管理不到位，业主同意补缴。', 'demo-mediator', 1795677711);
INSERT INTO public.dispute_events VALUES ('01a21be1c76098f37df45a14141bbf79', 'demo-dispute-2', 'agree', 'mediating', 'agreed', '一、物业公司于协议签订后15日内清理占用车位；二、6户业主于车位清理后10日内补缴物业费；三、双方不再就此事争执。', 'demo-mediator', 1795764111);


--
-- Data for Name: dispute_figure_counts; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.dispute_figure_counts VALUES ('', 0, '', 20790, 1, 0, 0, 0);
INSERT INTO public.dispute_figure_counts VALUES ('', 0, 'neighbour', 20790, 1, 0, 0, 0);
INSERT INTO public.dispute_figure_counts VALUES ('33', 2, '', 20790, 1, 0, 0, 0);
INSERT INTO public.dispute_figure_counts VALUES ('33', 2, 'neighbour', 20790, 1, 0, 0, 0);
INSERT INTO public.dispute_figure_counts VALUES ('3301', 4, '', 20790, 1, 0, 0, 0);
INSERT INTO public.dispute_figure_counts VALUES ('3301', 4, 'neighbour', 20790, 1, 0, 0, 0);
INSERT INTO public.dispute_figure_counts VALUES ('330199', 6, '', 20790, 1, 0, 0, 0);
INSERT INTO public.dispute_figure_counts VALUES ('330199', 6, 'neighbour', 20790, 1, 0, 0, 0);
INSERT INTO public.dispute_figure_counts VALUES ('330199001', 9, '', 20790, 1, 0, 0, 0);
INSERT INTO public.dispute_figure_counts VALUES ('330199001', 9, 'neighbour', 20790, 1, 0, 0, 0);
INSERT INTO public.dispute_figure_counts VALUES ('330199001001', 12, '', 20790, 1, 0, 0, 0);
INSERT INTO public.dispute_figure_counts VALUES ('330199001001', 12, 'neighbour', 20790, 1, 0, 0, 0);
INSERT INTO public.dispute_figure_counts VALUES ('330199001001001', 15, '', 20790, 1, 0, 0, 0);
INSERT INTO public.dispute_figure_counts VALUES ('330199001001001', 15, 'neighbour', 20790, 1, 0, 0, 0);
INSERT INTO public.dispute_figure_counts VALUES ('', 0, '', 20780, 1, 1, 1, 0);
INSERT INTO public.dispute_figure_counts VALUES ('', 0, 'property', 20780, 1, 1, 1, 0);
INSERT INTO public.dispute_figure_counts VALUES ('33', 2, '', 20780, 1, 1, 1, 0);
INSERT INTO public.dispute_figure_counts VALUES ('33', 2, 'property', 20780, 1, 1, 1, 0);
INSERT INTO public.dispute_figure_counts VALUES ('3301', 4, '', 20780, 1, 1, 1, 0);
INSERT INTO public.dispute_figure_counts VALUES ('3301', 4, 'property', 20780, 1, 1, 1, 0);
INSERT INTO public.dispute_figure_counts VALUES ('330199', 6, '', 20780, 1, 1, 1, 0);
INSERT INTO public.dispute_figure_counts VALUES ('330199', 6, 'property', 20780, 1, 1, 1, 0);
INSERT INTO public.dispute_figure_counts VALUES ('330199001', 9, '', 20780, 1, 1, 1, 0);
INSERT INTO public.dispute_figure_counts VALUES ('330199001', 9, 'property', 20780, 1, 1, 1, 0);
INSERT INTO public.dispute_figure_counts VALUES ('330199001001', 12, '', 20780, 1, 1, 1, 0);
INSERT INTO public.dispute_figure_counts VALUES ('330199001001', 12, 'property', 20780, 1, 1, 1, 0);
INSERT INTO public.dispute_figure_counts VALUES ('330199001001001', 15, '', 20780, 1, 1, 1, 0);
INSERT INTO public.dispute_figure_counts VALUES ('330199001001001', 15, 'property', 20780, 1, 1, 1, 0);


--
-- Data for Name: dispute_parties; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.dispute_parties VALUES ('demo-dispute-1', 1, '刘芳', 'applicant', 0, '13700001111', NULL);
INSERT INTO public.dispute_parties VALUES ('demo-dispute-1', 2, '陈志强', 'respondent', 0, '13700002222', NULL);
INSERT INTO public.dispute_parties VALUES ('demo-dispute-2', 1, '幸福里物业公司', 'applicant', 1, NULL, NULL);
INSERT INTO public.dispute_parties VALUES ('demo-dispute-2', 2, '王建华等6户业主', 'respondent', 0, '13700003333', NULL);


--
-- Data for Name: dispute_types; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.dispute_types VALUES ('family', '婚姻家庭纠纷', 'Family', 30, 1);
INSERT INTO public.dispute_types VALUES ('neighbour', '邻里纠纷', 'Neighbours', 30, 1);
INSERT INTO public.dispute_types VALUES ('damages', '损害赔偿纠纷', 'Damages', 30, 1);
INSERT INTO public.dispute_types VALUES ('labour', '劳动争议', 'Labour', 30, 1);
INSERT INTO public.dispute_types VALUES ('land', '征地拆迁纠纷', 'Land requisition and demolition', 30, 1);
INSERT INTO public.dispute_types VALUES ('medical', '医疗纠纷', 'Medical', 30, 1);
INSERT INTO public.dispute_types VALUES ('property', '物业管理纠纷', 'Property management', 30, 1);
INSERT INTO public.dispute_types VALUES ('traffic', '道路交通事故纠纷', 'Traffic', 30, 1);
INSERT INTO public.dispute_types VALUES ('environment', '环境污染纠纷', 'Environment', 30, 1);
INSERT INTO public.dispute_types VALUES ('consumer', '消费纠纷', 'Consumer', 30, 1);
INSERT INTO public.dispute_types VALUES ('other', '其他纠纷', 'Other', 30, 1);


--
-- Data for Name: disputes; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.disputes VALUES ('demo-dispute-1', 'TJ20261205-00001', '楼上漏水致楼下天花板受损', '2026-12-03', '幸福里小区3幢', 'neighbour', 2, '302室卫生间漏水，202室天花板发霉脱落，双方就维修和赔偿协商未果。', '330199001001001', 0, 'low', '', 'registered', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1798905599, 'mediation_limit', 'demo-gridworker1', 1796282511, 1796282511, 1798905599);
INSERT INTO public.disputes VALUES ('demo-dispute-2', 'TJ20261205-00002', '物业费与停车位纠纷', '2026-11-23', '幸福里小区地下车库', 'property', 6, '6户业主以车位被占为由拒交物业费，物业公司要求补缴。', '330199001001001', 0, 'medium', 'risk_reason_group', 'agreed', 'people-community', 'agreement', '一、物业公司于协议签订后15日内清理占用车位；二、6户业主于车位清理后10日内补缴物业费；三、双方不再就此事争执。', '2026-12-25', 1795764111, NULL, NULL, NULL, 1798214399, 'performance_due', 'demo-gridworker1', 1795418511, 1795764111, 1798214399);


--
-- Data for Name: emergencies; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.emergencies VALUES ('demo-emergency-1', 'TF20261205-00001', 'accident', 'road_traffic', '解放路货车与公交车相撞', 1796447391, 1796448111, '解放路与幸福路交叉口', '330199001001001', 3, 4, 1200000, 12, 'larger', 'deaths>=3', 1796457111, 'report_city', 'demo-gridworker1', 1796448111, 1796449911);
INSERT INTO public.emergencies VALUES ('demo-emergency-2', 'TF20261205-00002', 'natural_disaster', 'flood', '暴雨致幸福路积水', 1796347311, 1796349111, '幸福路下穿通道', '330199001001001', 0, 0, 80000, 40, 'general', 'below', NULL, NULL, 'demo-gridworker1', 1796349111, 1796350911);


--
-- Data for Name: emergency_counters; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.emergency_counters VALUES ('20261205', 2);


--
-- Data for Name: emergency_events; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.emergency_events VALUES ('01a244a6ca7f8f16355fa9f93c7f69ed', 'demo-emergency-1', 'record', NULL, 'larger', 'deaths>=3', 'demo-gridworker1', 1796448111);
INSERT INTO public.emergency_events VALUES ('01a23ec02bbf649a62fb9a3f756f877d', 'demo-emergency-2', 'record', NULL, 'general', 'below', 'demo-gridworker1', 1796349111);


--
-- Data for Name: emergency_reports; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.emergency_reports VALUES ('demo-emergency-1', 'county', 1796449911, 1796451711, 'demo-supervisor', '电话报告县应急管理局');
INSERT INTO public.emergency_reports VALUES ('demo-emergency-2', 'county', 1796350911, 1796352711, 'demo-supervisor', '');


--
-- Data for Name: experts; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.experts VALUES ('demo-expert-1', '钱立新', '法律', '云溪县律师协会', '330199', 1, 1788679311);
INSERT INTO public.experts VALUES ('demo-expert-2', '何建华', '城市规划', '市规划设计研究院', '330199', 1, 1788679311);
INSERT INTO public.experts VALUES ('demo-expert-3', '林素珍', '社会学', '省社会科学院', '330199', 1, 1788679311);
INSERT INTO public.experts VALUES ('demo-expert-4', '郭明', '价格', '县发改局价格认证中心', '330199', 1, 1788679311);


--
-- Data for Name: grid_team; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.grid_team VALUES ('demo-330199001001001001-bh', '330199001001001', '孙娟', 'building_head', '18608335592', '330199001001001001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001001001-head', '330199001001001', '陈晓燕', 'head', '17727300666', NULL, 'demo-gridworker1');
INSERT INTO public.grid_team VALUES ('demo-330199001001001-c0', '330199001001001', '余芳', 'coordinator', '13816139875', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001001001-c1', '330199001001001', '袁玉兰', 'coordinator', '18670476950', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001001001-i0', '330199001001001', '孙涛', 'informant', '15959924221', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001001001-i1', '330199001001001', '潘明', 'informant', '15825136635', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001001002001-bh', '330199001001002', '陈芳', 'building_head', '18702336040', '330199001001002001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001001002-head', '330199001001002', '刘建军', 'head', '15806604271', NULL, 'demo-gridworker2');
INSERT INTO public.grid_team VALUES ('demo-330199001001002-c0', '330199001001002', '彭超', 'coordinator', '18764352861', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001001002-i0', '330199001001002', '罗海燕', 'informant', '13856940708', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001001002-i1', '330199001001002', '林辉', 'informant', '15870470183', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001001002-i2', '330199001001002', '徐伟', 'informant', '15933726874', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001001003001-bh', '330199001001003', '董娟', 'building_head', '13980893152', '330199001001003001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001001003-head', '330199001001003', '李桂英', 'head', '18689575053', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001001003-c0', '330199001001003', '卢刚', 'coordinator', '13858453753', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001001003-i0', '330199001001003', '于建华', 'informant', '15892787384', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001001003-i1', '330199001001003', '李芳', 'informant', '17783375231', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001001003-i2', '330199001001003', '李娟', 'informant', '13990898981', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001001004001-bh', '330199001001004', '余平', 'building_head', '17728370938', '330199001001004001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001001004-head', '330199001001004', '徐玉兰', 'head', '18664933307', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001001004-c0', '330199001001004', '李晓东', 'coordinator', '15874212401', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001001004-c1', '330199001001004', '李明', 'coordinator', '15819555669', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001001004-i0', '330199001001004', '袁建国', 'informant', '13826139713', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001001004-i1', '330199001001004', '刘霞', 'informant', '17768051111', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001001004-i2', '330199001001004', '魏敏', 'informant', '15869485414', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001001005001-bh', '330199001001005', '韩晓东', 'building_head', '13973749519', '330199001001005001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001001005-head', '330199001001005', '罗静', 'head', '18649005325', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001001005-c0', '330199001001005', '朱霞', 'coordinator', '15903758050', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001001005-i0', '330199001001005', '李辉', 'informant', '15987091593', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001001005-i1', '330199001001005', '刘霞', 'informant', '15931775378', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001002001001-bh', '330199001002001', '黄玉兰', 'building_head', '15924647798', '330199001002001001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001002001-head', '330199001002001', '田辉', 'head', '18757939075', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001002001-c0', '330199001002001', '彭超', 'coordinator', '13822533437', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001002001-c1', '330199001002001', '陈刚', 'coordinator', '18679091631', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001002001-i0', '330199001002001', '谢勇', 'informant', '15988216062', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001002001-i1', '330199001002001', '刘军', 'informant', '15982566658', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001002002001-bh', '330199001002002', '蒋辉', 'building_head', '18794040927', '330199001002002001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001002002-head', '330199001002002', '苏娟', 'head', '15866078693', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001002002-c0', '330199001002002', '马芳', 'coordinator', '13912788415', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001002002-i0', '330199001002002', '蒋涛', 'informant', '18604205679', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001002002-i1', '330199001002002', '杜海燕', 'informant', '18686740886', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001002002-i2', '330199001002002', '林芳', 'informant', '17709011292', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001002003001-bh', '330199001002003', '蒋军', 'building_head', '13805685289', '330199001002003001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001002003-head', '330199001002003', '潘志强', 'head', '13878013941', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001002003-c0', '330199001002003', '丁春燕', 'coordinator', '18797106918', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001002003-i0', '330199001002003', '余文', 'informant', '13859006257', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001002003-i1', '330199001002003', '宋红梅', 'informant', '18722031478', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001002004001-bh', '330199001002004', '曹艳', 'building_head', '17780517074', '330199001002004001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001002004-head', '330199001002004', '冯涛', 'head', '18745058281', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001002004-c0', '330199001002004', '冯磊', 'coordinator', '18656268055', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001002004-i0', '330199001002004', '吴敏', 'informant', '17777209682', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001002004-i1', '330199001002004', '魏杰', 'informant', '13809254699', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001002005001-bh', '330199001002005', '彭红梅', 'building_head', '13988717312', '330199001002005001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001002005-head', '330199001002005', '陈超', 'head', '18696762152', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001002005-c0', '330199001002005', '黄磊', 'coordinator', '17710648853', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001002005-c1', '330199001002005', '周建国', 'coordinator', '17792792679', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001002005-i0', '330199001002005', '罗静', 'informant', '13955871473', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001002005-i1', '330199001002005', '徐红梅', 'informant', '15978055516', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001002005-i2', '330199001002005', '胡桂英', 'informant', '13917916522', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001003001001-bh', '330199001003001', '程静', 'building_head', '17785752965', '330199001003001001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001003001-head', '330199001003001', '赵勇', 'head', '18706186232', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001003001-c0', '330199001003001', '叶伟', 'coordinator', '13964134296', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001003001-i0', '330199001003001', '肖晓东', 'informant', '18772601754', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001003001-i1', '330199001003001', '彭秀英', 'informant', '15870671219', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001003002001-bh', '330199001003002', '韩明', 'building_head', '18695289389', '330199001003002001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001003002-head', '330199001003002', '田伟', 'head', '15865960694', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001003002-c0', '330199001003002', '吕春燕', 'coordinator', '18664308440', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001003002-i0', '330199001003002', '韩文', 'informant', '18642347218', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001003002-i1', '330199001003002', '余玉兰', 'informant', '15945876650', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001003003001-bh', '330199001003003', '郭玉兰', 'building_head', '15895619948', '330199001003003001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001003003-head', '330199001003003', '胡磊', 'head', '15963626413', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001003003-c0', '330199001003003', '丁玉兰', 'coordinator', '17794909805', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001003003-i0', '330199001003003', '高超', 'informant', '15908790792', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001003003-i1', '330199001003003', '高霞', 'informant', '13988888002', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001003003-i2', '330199001003003', '谢建国', 'informant', '13966821330', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001003004001-bh', '330199001003004', '田平', 'building_head', '15922222541', '330199001003004001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001003004-head', '330199001003004', '程娟', 'head', '15895570966', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001003004-c0', '330199001003004', '吴洋', 'coordinator', '13966883209', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001003004-i0', '330199001003004', '林秀英', 'informant', '17798302740', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001003004-i1', '330199001003004', '彭勇', 'informant', '18778686433', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001003004-i2', '330199001003004', '徐建华', 'informant', '17723160269', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001003005001-bh', '330199001003005', '罗艳', 'building_head', '17739094248', '330199001003005001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001003005-head', '330199001003005', '吴桂英', 'head', '15839643609', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001003005-c0', '330199001003005', '苏志强', 'coordinator', '18709006828', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001003005-c1', '330199001003005', '朱杰', 'coordinator', '15855813637', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001003005-i0', '330199001003005', '郑海燕', 'informant', '18727293290', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001003005-i1', '330199001003005', '李红梅', 'informant', '15864966872', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001004001001-bh', '330199001004001', '郑艳', 'building_head', '18717994637', '330199001004001001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001004001-head', '330199001004001', '肖桂英', 'head', '15956130864', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001004001-c0', '330199001004001', '何敏', 'coordinator', '13860239342', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001004001-c1', '330199001004001', '胡磊', 'coordinator', '13823920880', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001004001-i0', '330199001004001', '董建国', 'informant', '18615946244', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001004001-i1', '330199001004001', '谢洋', 'informant', '18658622134', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001004001-i2', '330199001004001', '黄辉', 'informant', '15956184957', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001004002001-bh', '330199001004002', '何超', 'building_head', '18774995923', '330199001004002001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001004002-head', '330199001004002', '唐霞', 'head', '18641012995', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001004002-c0', '330199001004002', '何敏', 'coordinator', '13909266920', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001004002-c1', '330199001004002', '谢军', 'coordinator', '18740641049', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001004002-i0', '330199001004002', '朱静', 'informant', '18756339592', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001004002-i1', '330199001004002', '徐平', 'informant', '13877385098', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001004002-i2', '330199001004002', '高春燕', 'informant', '13983357687', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001004003001-bh', '330199001004003', '刘文', 'building_head', '18606019953', '330199001004003001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001004003-head', '330199001004003', '丁春燕', 'head', '18676939731', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001004003-c0', '330199001004003', '吴建华', 'coordinator', '13854503892', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001004003-c1', '330199001004003', '杜涛', 'coordinator', '13860470758', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001004003-i0', '330199001004003', '冯建华', 'informant', '15921007468', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001004003-i1', '330199001004003', '孙杰', 'informant', '18797697341', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001004003-i2', '330199001004003', '丁敏', 'informant', '17769218318', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001004004001-bh', '330199001004004', '于志强', 'building_head', '13913976631', '330199001004004001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001004004-head', '330199001004004', '吴文', 'head', '18670031263', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001004004-c0', '330199001004004', '张超', 'coordinator', '13839888647', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001004004-c1', '330199001004004', '冯洋', 'coordinator', '13895032188', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001004004-i0', '330199001004004', '徐平', 'informant', '15961814477', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001004004-i1', '330199001004004', '徐刚', 'informant', '17768329421', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001004004-i2', '330199001004004', '邓晓东', 'informant', '15985957489', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001004005001-bh', '330199001004005', '陈平', 'building_head', '18658871933', '330199001004005001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001004005-head', '330199001004005', '何刚', 'head', '13990366873', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001004005-c0', '330199001004005', '余静', 'coordinator', '18642879064', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001004005-c1', '330199001004005', '郭建国', 'coordinator', '18715724826', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001004005-i0', '330199001004005', '袁军', 'informant', '18745668624', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001004005-i1', '330199001004005', '蒋明', 'informant', '18644037996', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199001004005-i2', '330199001004005', '宋建华', 'informant', '18749525942', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002001001001-bh', '330199002001001', '吴娟', 'building_head', '15994796506', '330199002001001001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002001001-head', '330199002001001', '何丽萍', 'head', '18715464569', NULL, 'demo-gridworker4');
INSERT INTO public.grid_team VALUES ('demo-330199002001001-c0', '330199002001001', '谢敏', 'coordinator', '15876549905', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002001001-i0', '330199002001001', '魏桂英', 'informant', '15980636110', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002001001-i1', '330199002001001', '赵涛', 'informant', '15981849153', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002001001-i2', '330199002001001', '程玉兰', 'informant', '13854237443', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002001002001-bh', '330199002001002', '韩志强', 'building_head', '18746977981', '330199002001002001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002001002-head', '330199002001002', '潘磊', 'head', '13851321919', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002001002-c0', '330199002001002', '许辉', 'coordinator', '13919677547', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002001002-i0', '330199002001002', '谢玉兰', 'informant', '17734059662', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002001002-i1', '330199002001002', '孙玉兰', 'informant', '18732757662', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002001003001-bh', '330199002001003', '杨艳', 'building_head', '17709036873', '330199002001003001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002001003-head', '330199002001003', '吴红梅', 'head', '13800369809', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002001003-c0', '330199002001003', '吴军', 'coordinator', '13910857932', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002001003-i0', '330199002001003', '孙伟', 'informant', '18660979826', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002001003-i1', '330199002001003', '田伟', 'informant', '15891526275', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002001003-i2', '330199002001003', '蒋丽华', 'informant', '15869824445', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002001004001-bh', '330199002001004', '郑敏', 'building_head', '15854570615', '330199002001004001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002001004-head', '330199002001004', '田芳', 'head', '13884098526', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002001004-c0', '330199002001004', '李丽华', 'coordinator', '17738602100', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002001004-i0', '330199002001004', '肖红梅', 'informant', '17789560681', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002001004-i1', '330199002001004', '胡刚', 'informant', '17746226982', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002001005001-bh', '330199002001005', '沈霞', 'building_head', '13833828060', '330199002001005001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002001005-head', '330199002001005', '赵刚', 'head', '18607594807', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002001005-c0', '330199002001005', '唐艳', 'coordinator', '17719953998', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002001005-i0', '330199002001005', '郑芳', 'informant', '13980636408', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002001005-i1', '330199002001005', '潘玉兰', 'informant', '15856477021', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002001005-i2', '330199002001005', '沈建华', 'informant', '15945030443', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002002001001-bh', '330199002002001', '徐芳', 'building_head', '18625328824', '330199002002001001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002002001-head', '330199002002001', '朱洋', 'head', '13853000530', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002002001-c0', '330199002002001', '魏静', 'coordinator', '15905543382', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002002001-i0', '330199002002001', '朱涛', 'informant', '15939991629', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002002001-i1', '330199002002001', '潘玉兰', 'informant', '18774673011', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002002002001-bh', '330199002002002', '董霞', 'building_head', '17769708423', '330199002002002001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002002002-head', '330199002002002', '肖勇', 'head', '18669555125', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002002002-c0', '330199002002002', '宋娟', 'coordinator', '18692992751', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002002002-c1', '330199002002002', '赵晓东', 'coordinator', '18658242936', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002002002-i0', '330199002002002', '赵娟', 'informant', '15892809008', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002002002-i1', '330199002002002', '田辉', 'informant', '18724338380', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002002002-i2', '330199002002002', '吴桂英', 'informant', '18697951177', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002002003001-bh', '330199002002003', '胡超', 'building_head', '15912264297', '330199002002003001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002002003-head', '330199002002003', '徐霞', 'head', '18624043291', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002002003-c0', '330199002002003', '黄文', 'coordinator', '13853185359', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002002003-c1', '330199002002003', '刘明', 'coordinator', '17710237165', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002002003-i0', '330199002002003', '冯红梅', 'informant', '17710476060', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002002003-i1', '330199002002003', '丁建华', 'informant', '17760753331', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002002003-i2', '330199002002003', '郭洋', 'informant', '18685087752', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002002004001-bh', '330199002002004', '程桂英', 'building_head', '18787699272', '330199002002004001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002002004-head', '330199002002004', '唐玉兰', 'head', '18631663383', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002002004-c0', '330199002002004', '吕勇', 'coordinator', '13901378020', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002002004-i0', '330199002002004', '唐辉', 'informant', '17719536142', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002002004-i1', '330199002002004', '徐静', 'informant', '15802931426', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002002005001-bh', '330199002002005', '曹刚', 'building_head', '18738674057', '330199002002005001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002002005-head', '330199002002005', '董涛', 'head', '17729174244', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002002005-c0', '330199002002005', '曹辉', 'coordinator', '18715865422', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002002005-i0', '330199002002005', '赵静', 'informant', '15925907917', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002002005-i1', '330199002002005', '梁洋', 'informant', '18757308870', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002002005-i2', '330199002002005', '蔡春燕', 'informant', '15904083933', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002003001001-bh', '330199002003001', '宋建华', 'building_head', '15844197430', '330199002003001001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002003001-head', '330199002003001', '徐霞', 'head', '13892527486', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002003001-c0', '330199002003001', '冯建国', 'coordinator', '17703235438', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002003001-i0', '330199002003001', '王涛', 'informant', '17717783469', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002003001-i1', '330199002003001', '杨秀英', 'informant', '17757203430', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002003001-i2', '330199002003001', '杜晓东', 'informant', '18793210523', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002003002001-bh', '330199002003002', '许明', 'building_head', '15815908542', '330199002003002001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002003002-head', '330199002003002', '李晓东', 'head', '13803255541', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002003002-c0', '330199002003002', '谢芳', 'coordinator', '13937364649', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002003002-c1', '330199002003002', '胡建国', 'coordinator', '18752180395', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002003002-i0', '330199002003002', '沈海燕', 'informant', '13969814794', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002003002-i1', '330199002003002', '程静', 'informant', '15902820126', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002003003001-bh', '330199002003003', '蔡志强', 'building_head', '17757307055', '330199002003003001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002003003-head', '330199002003003', '郭涛', 'head', '13915332007', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002003003-c0', '330199002003003', '任平', 'coordinator', '15842306303', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002003003-i0', '330199002003003', '张玉兰', 'informant', '13829089886', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002003003-i1', '330199002003003', '叶娟', 'informant', '13951444112', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002003003-i2', '330199002003003', '马建国', 'informant', '13829895152', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002003004001-bh', '330199002003004', '宋娟', 'building_head', '15815979720', '330199002003004001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002003004-head', '330199002003004', '徐晓东', 'head', '15802212672', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002003004-c0', '330199002003004', '许涛', 'coordinator', '17766779469', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002003004-c1', '330199002003004', '刘明', 'coordinator', '18689715214', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002003004-i0', '330199002003004', '冯涛', 'informant', '18758877791', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002003004-i1', '330199002003004', '丁建国', 'informant', '13953776285', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002003004-i2', '330199002003004', '马军', 'informant', '13965092330', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002003005001-bh', '330199002003005', '曾晓东', 'building_head', '17732617518', '330199002003005001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002003005-head', '330199002003005', '梁建华', 'head', '17743838573', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002003005-c0', '330199002003005', '胡秀英', 'coordinator', '17744005269', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002003005-i0', '330199002003005', '冯春燕', 'informant', '17724596263', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002003005-i1', '330199002003005', '胡军', 'informant', '18787675821', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002003005-i2', '330199002003005', '吴红梅', 'informant', '18667621818', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002004001001-bh', '330199002004001', '韩丽华', 'building_head', '13946332093', '330199002004001001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002004001-head', '330199002004001', '蒋磊', 'head', '13885250931', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002004001-c0', '330199002004001', '周艳', 'coordinator', '18762683923', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002004001-i0', '330199002004001', '余秀英', 'informant', '15826286673', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002004001-i1', '330199002004001', '丁红梅', 'informant', '17743773006', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002004001-i2', '330199002004001', '卢超', 'informant', '13901252872', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002004002001-bh', '330199002004002', '黄红梅', 'building_head', '13860602251', '330199002004002001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002004002-head', '330199002004002', '程丽华', 'head', '18725110318', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002004002-c0', '330199002004002', '孙杰', 'coordinator', '13812974664', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002004002-i0', '330199002004002', '肖红梅', 'informant', '18656964772', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002004002-i1', '330199002004002', '韩海燕', 'informant', '13852749302', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002004002-i2', '330199002004002', '吴勇', 'informant', '15950620239', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002004003001-bh', '330199002004003', '唐艳', 'building_head', '13934839510', '330199002004003001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002004003-head', '330199002004003', '谢春燕', 'head', '17733642373', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002004003-c0', '330199002004003', '韩芳', 'coordinator', '15883316405', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002004003-i0', '330199002004003', '卢艳', 'informant', '17741584504', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002004003-i1', '330199002004003', '袁霞', 'informant', '13929602683', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002004003-i2', '330199002004003', '郭玉兰', 'informant', '18791946289', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002004004001-bh', '330199002004004', '苏志强', 'building_head', '18640084262', '330199002004004001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002004004-head', '330199002004004', '吴勇', 'head', '17768884028', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002004004-c0', '330199002004004', '黄玉兰', 'coordinator', '15951052896', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002004004-c1', '330199002004004', '蔡霞', 'coordinator', '15917372680', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002004004-i0', '330199002004004', '肖建华', 'informant', '15815936351', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002004004-i1', '330199002004004', '李杰', 'informant', '18778747878', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002004005001-bh', '330199002004005', '张芳', 'building_head', '15917004020', '330199002004005001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002004005-head', '330199002004005', '刘平', 'head', '15979307587', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002004005-c0', '330199002004005', '杜军', 'coordinator', '18719376758', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002004005-i0', '330199002004005', '许辉', 'informant', '13871706626', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002004005-i1', '330199002004005', '潘芳', 'informant', '13937096462', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199002004005-i2', '330199002004005', '谢娟', 'informant', '17760146677', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101201001001-bh', '330199101201001', '刘霞', 'building_head', '13823018594', '330199101201001001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101201001-head', '330199101201001', '吴桂英', 'head', '13915831749', NULL, 'demo-gridworker3');
INSERT INTO public.grid_team VALUES ('demo-330199101201001-c0', '330199101201001', '董军', 'coordinator', '13896327967', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101201001-i0', '330199101201001', '苏敏', 'informant', '15977105118', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101201001-i1', '330199101201001', '唐超', 'informant', '18664273191', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101201002001-bh', '330199101201002', '林磊', 'building_head', '17772141253', '330199101201002001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101201002-head', '330199101201002', '刘涛', 'head', '18727474754', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101201002-c0', '330199101201002', '胡丽华', 'coordinator', '17791887670', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101201002-i0', '330199101201002', '何静', 'informant', '18732686437', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101201002-i1', '330199101201002', '肖伟', 'informant', '18654678761', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101201002-i2', '330199101201002', '李丽华', 'informant', '13916162261', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101201003001-bh', '330199101201003', '曾春燕', 'building_head', '15928703397', '330199101201003001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101201003-head', '330199101201003', '朱桂英', 'head', '18679178975', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101201003-c0', '330199101201003', '谢秀英', 'coordinator', '18647328348', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101201003-c1', '330199101201003', '蔡建国', 'coordinator', '17719154514', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101201003-i0', '330199101201003', '魏辉', 'informant', '15938389779', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101201003-i1', '330199101201003', '朱丽华', 'informant', '15817486580', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101201003-i2', '330199101201003', '蒋静', 'informant', '18700528683', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101201004001-bh', '330199101201004', '陈玉兰', 'building_head', '17762933869', '330199101201004001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101201004-head', '330199101201004', '彭刚', 'head', '18692367762', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101201004-c0', '330199101201004', '陈文', 'coordinator', '18778710068', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101201004-c1', '330199101201004', '潘平', 'coordinator', '17756130098', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101201004-i0', '330199101201004', '许娟', 'informant', '18618560731', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101201004-i1', '330199101201004', '罗伟', 'informant', '18732234545', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101201005001-bh', '330199101201005', '于玉兰', 'building_head', '13827036983', '330199101201005001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101201005-head', '330199101201005', '肖洋', 'head', '15962187616', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101201005-c0', '330199101201005', '肖芳', 'coordinator', '17786110782', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101201005-i0', '330199101201005', '陈霞', 'informant', '13921375653', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101201005-i1', '330199101201005', '朱秀英', 'informant', '13811039491', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101201005-i2', '330199101201005', '朱秀英', 'informant', '15859790782', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101202001001-bh', '330199101202001', '魏明', 'building_head', '15886908746', '330199101202001001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101202001-head', '330199101202001', '苏洋', 'head', '17763909089', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101202001-c0', '330199101202001', '孙春燕', 'coordinator', '17771697074', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101202001-c1', '330199101202001', '何桂英', 'coordinator', '15840428952', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101202001-i0', '330199101202001', '唐海燕', 'informant', '17746988074', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101202001-i1', '330199101202001', '姚敏', 'informant', '13852459226', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101202001-i2', '330199101202001', '宋勇', 'informant', '13906750546', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101202002001-bh', '330199101202002', '苏建国', 'building_head', '13861985303', '330199101202002001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101202002-head', '330199101202002', '叶涛', 'head', '15934941316', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101202002-c0', '330199101202002', '朱红梅', 'coordinator', '18670639134', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101202002-c1', '330199101202002', '肖建华', 'coordinator', '15877826251', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101202002-i0', '330199101202002', '赵平', 'informant', '18687157471', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101202002-i1', '330199101202002', '程志强', 'informant', '13923688732', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101202003001-bh', '330199101202003', '卢艳', 'building_head', '13908289738', '330199101202003001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101202003-head', '330199101202003', '周芳', 'head', '13993636280', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101202003-c0', '330199101202003', '董明', 'coordinator', '18633559842', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101202003-c1', '330199101202003', '刘平', 'coordinator', '18775829750', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101202003-i0', '330199101202003', '沈军', 'informant', '17791047402', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101202003-i1', '330199101202003', '余杰', 'informant', '15908323112', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101202004001-bh', '330199101202004', '彭杰', 'building_head', '15870294737', '330199101202004001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101202004-head', '330199101202004', '吕明', 'head', '13949550750', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101202004-c0', '330199101202004', '吕磊', 'coordinator', '18744255083', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101202004-c1', '330199101202004', '孙春燕', 'coordinator', '18727911320', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101202004-i0', '330199101202004', '陈秀英', 'informant', '13979768451', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101202004-i1', '330199101202004', '曾芳', 'informant', '18751968997', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101202005001-bh', '330199101202005', '杜涛', 'building_head', '18678447334', '330199101202005001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101202005-head', '330199101202005', '于海燕', 'head', '13906729366', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101202005-c0', '330199101202005', '徐刚', 'coordinator', '15826752195', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101202005-i0', '330199101202005', '王建华', 'informant', '17740432826', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101202005-i1', '330199101202005', '杨建国', 'informant', '18715325077', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101203001001-bh', '330199101203001', '唐芳', 'building_head', '15821842445', '330199101203001001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101203001-head', '330199101203001', '沈玉兰', 'head', '18764170286', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101203001-c0', '330199101203001', '周明', 'coordinator', '17716705461', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101203001-c1', '330199101203001', '孙娟', 'coordinator', '13819855556', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101203001-i0', '330199101203001', '董晓东', 'informant', '18681540598', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101203001-i1', '330199101203001', '苏军', 'informant', '18648328888', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101203002001-bh', '330199101203002', '罗艳', 'building_head', '15997237219', '330199101203002001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101203002-head', '330199101203002', '田秀英', 'head', '15933240119', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101203002-c0', '330199101203002', '何刚', 'coordinator', '15971601657', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101203002-i0', '330199101203002', '任超', 'informant', '18770890093', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101203002-i1', '330199101203002', '张春燕', 'informant', '15961045266', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101203002-i2', '330199101203002', '何玉兰', 'informant', '18747366021', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101203003001-bh', '330199101203003', '谢芳', 'building_head', '18773004910', '330199101203003001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101203003-head', '330199101203003', '陈芳', 'head', '13908807342', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101203003-c0', '330199101203003', '高娟', 'coordinator', '18640711787', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101203003-c1', '330199101203003', '张秀英', 'coordinator', '15829432843', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101203003-i0', '330199101203003', '曾静', 'informant', '15958334909', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101203003-i1', '330199101203003', '曾霞', 'informant', '13982989538', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101203004001-bh', '330199101203004', '郑丽华', 'building_head', '17736387970', '330199101203004001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101203004-head', '330199101203004', '魏艳', 'head', '15833361968', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101203004-c0', '330199101203004', '韩建国', 'coordinator', '13947029550', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101203004-i0', '330199101203004', '蔡建华', 'informant', '18633135419', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101203004-i1', '330199101203004', '张静', 'informant', '13951884685', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101203004-i2', '330199101203004', '杜洋', 'informant', '18621729225', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101203005001-bh', '330199101203005', '谢桂英', 'building_head', '18721372488', '330199101203005001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101203005-head', '330199101203005', '程明', 'head', '13831984475', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101203005-c0', '330199101203005', '蔡涛', 'coordinator', '15896608354', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101203005-c1', '330199101203005', '程建国', 'coordinator', '18647379512', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101203005-i0', '330199101203005', '郭涛', 'informant', '18655204373', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101203005-i1', '330199101203005', '冯涛', 'informant', '18748189176', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101203005-i2', '330199101203005', '马伟', 'informant', '15928447110', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101204001001-bh', '330199101204001', '曾静', 'building_head', '13805379110', '330199101204001001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101204001-head', '330199101204001', '董志强', 'head', '18618259727', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101204001-c0', '330199101204001', '吴晓东', 'coordinator', '15897369411', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101204001-c1', '330199101204001', '彭辉', 'coordinator', '18703900971', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101204001-i0', '330199101204001', '蒋明', 'informant', '18733692508', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101204001-i1', '330199101204001', '彭伟', 'informant', '17777203296', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101204002001-bh', '330199101204002', '黄艳', 'building_head', '17773720564', '330199101204002001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101204002-head', '330199101204002', '马丽华', 'head', '17771937506', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101204002-c0', '330199101204002', '魏丽华', 'coordinator', '18698831327', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101204002-i0', '330199101204002', '于军', 'informant', '13943937995', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101204002-i1', '330199101204002', '魏磊', 'informant', '13863824916', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101204002-i2', '330199101204002', '胡涛', 'informant', '17773368098', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101204003001-bh', '330199101204003', '邓超', 'building_head', '13968096958', '330199101204003001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101204003-head', '330199101204003', '谢建国', 'head', '15854124993', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101204003-c0', '330199101204003', '吕建华', 'coordinator', '13949132852', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101204003-i0', '330199101204003', '蒋敏', 'informant', '15922485068', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101204003-i1', '330199101204003', '余秀英', 'informant', '15903495686', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101204004001-bh', '330199101204004', '杨洋', 'building_head', '18799775908', '330199101204004001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101204004-head', '330199101204004', '曹涛', 'head', '15809432442', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101204004-c0', '330199101204004', '蒋春燕', 'coordinator', '18711275246', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101204004-c1', '330199101204004', '肖芳', 'coordinator', '15958423331', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101204004-i0', '330199101204004', '苏红梅', 'informant', '13923301142', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101204004-i1', '330199101204004', '程玉兰', 'informant', '13959783662', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101204005001-bh', '330199101204005', '田红梅', 'building_head', '15802128403', '330199101204005001', NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101204005-head', '330199101204005', '余建国', 'head', '17796707837', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101204005-c0', '330199101204005', '朱明', 'coordinator', '15970967244', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101204005-c1', '330199101204005', '郑伟', 'coordinator', '13801686293', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101204005-i0', '330199101204005', '杨军', 'informant', '15811274519', NULL, NULL);
INSERT INTO public.grid_team VALUES ('demo-330199101204005-i1', '330199101204005', '韩霞', 'informant', '13973900011', NULL, NULL);


--
-- Data for Name: hazard_counters; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.hazard_counters VALUES ('20261205', 2);


--
-- Data for Name: hazard_events; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.hazard_events VALUES ('01a23ac7ef7f9267616ed174aa457387', 'demo-hazard-1', 'report', NULL, 'reported', NULL, 'demo-gridworker1', 1796282511);
INSERT INTO public.hazard_events VALUES ('01a211950f7f6b63adeafb5ffdb9950f', 'demo-hazard-2', 'report', NULL, 'reported', NULL, 'demo-gridworker1', 1795591311);
INSERT INTO public.hazard_events VALUES ('01a235a1937f8e392a0a45203fa6097f', 'demo-hazard-2', 'submit_plan', 'reported', 'rectifying', '更换老化管道并加装报警装置', 'demo-supervisor', 1796196111);


--
-- Data for Name: hazard_photos; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.hazard_photos VALUES ('demo-hazard-1', 'image/png', '\x89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da6364f8cf500f00038601805a347d6b0000000049454e44ae426082', 1796282511);


--
-- Data for Name: hazards; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.hazards VALUES ('demo-hazard-1', 'YH20261205-00001', '330199001001001', '幸福里小区3幢楼道', NULL, 'fire', 'general', '楼道堆放纸箱和电动自行车，堵塞消防通道。', '幸福里物业公司', NULL, 'reported', NULL, 1796918399, 'rectify_7d', 1796918399, NULL, NULL, 'demo-gridworker1', 1796282511, 1796282511);
INSERT INTO public.hazards VALUES ('demo-hazard-2', 'YH20261205-00002', '330199001001001', '幸福里菜市场', NULL, 'gas', 'major', '菜市场餐饮摊位燃气管道老化锈蚀，未安装泄漏报警装置。', '县住房和城乡建设局', NULL, 'rectifying', '{"measures":"施工期间设置警戒区，专人值守","goals":"更换老化管道并加装报警装置","emergencyPlan":"燃气泄漏现场处置方案","leader":"王副县长","methods":"分区停气更换","people":"县燃气公司工程队","funds":"县财政安排18万元","deadline":{"month":1,"day":19,"year":2027}}', 1800374399, 'plan_deadline', 1800374399, NULL, NULL, 'demo-gridworker1', 1795591311, 1796196111);


--
-- Data for Name: household_members; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.household_members VALUES ('demo-resident-4', 'demo-household-1', 'head');
INSERT INTO public.household_members VALUES ('demo-resident-5', 'demo-household-1', 'spouse');


--
-- Data for Name: households; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.households VALUES ('demo-household-1', '330199001001001', '云溪县001001号', 1796455311);


--
-- Data for Name: houses; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.houses VALUES ('demo-house-1', '330199001001001', '330199001001001001', '1', '301', 'residential', 89.5, '徐丽娟', 1796455311);


--
-- Data for Name: import_jobs; Type: TABLE DATA; Schema: public; Owner: postgres
--



--
-- Data for Name: login_failures; Type: TABLE DATA; Schema: public; Owner: postgres
--



--
-- Data for Name: mediation_bodies; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.mediation_bodies VALUES ('people-street', '街道（乡镇）人民调解委员会', 'Street people''s mediation committee', 'people', 1);
INSERT INTO public.mediation_bodies VALUES ('people-community', '社区（村）人民调解委员会', 'Community people''s mediation committee', 'people', 1);
INSERT INTO public.mediation_bodies VALUES ('admin-justice', '县司法局行政调解', 'County justice bureau (administrative)', 'administrative', 1);
INSERT INTO public.mediation_bodies VALUES ('admin-police', '派出所治安调解', 'Police station (administrative)', 'administrative', 1);
INSERT INTO public.mediation_bodies VALUES ('judicial-court', '县人民法院诉调对接中心', 'County court litigation–mediation centre', 'judicial', 1);
INSERT INTO public.mediation_bodies VALUES ('trade-demolition', '城市房屋拆迁纠纷调解中心', 'Housing demolition mediation centre', 'trade', 1);
INSERT INTO public.mediation_bodies VALUES ('trade-land', '农村土地征用纠纷调解中心', 'Rural land requisition mediation centre', 'trade', 1);
INSERT INTO public.mediation_bodies VALUES ('trade-restructuring', '企业改制纠纷调解中心', 'Enterprise restructuring mediation centre', 'trade', 1);
INSERT INTO public.mediation_bodies VALUES ('trade-safety', '安全生产纠纷调解中心', 'Work safety mediation centre', 'trade', 1);
INSERT INTO public.mediation_bodies VALUES ('trade-medical', '医患纠纷调解中心', 'Medical dispute mediation centre', 'trade', 1);
INSERT INTO public.mediation_bodies VALUES ('trade-labour', '劳动争议调解中心', 'Labour dispute mediation centre', 'trade', 1);
INSERT INTO public.mediation_bodies VALUES ('trade-property', '物业管理纠纷调解中心', 'Property management mediation centre', 'trade', 1);
INSERT INTO public.mediation_bodies VALUES ('trade-environment', '环境污染纠纷调解中心', 'Environmental dispute mediation centre', 'trade', 1);
INSERT INTO public.mediation_bodies VALUES ('trade-consumer', '消费者权益纠纷调解中心', 'Consumer rights mediation centre', 'trade', 1);
INSERT INTO public.mediation_bodies VALUES ('trade-traffic', '道路交通事故纠纷调解中心', 'Traffic accident mediation centre', 'trade', 1);
INSERT INTO public.mediation_bodies VALUES ('trade-family', '婚姻家庭纠纷调解中心', 'Marriage and family mediation centre', 'trade', 1);
INSERT INTO public.mediation_bodies VALUES ('trade-construction', '建设工程纠纷调解中心', 'Construction dispute mediation centre', 'trade', 1);


--
-- Data for Name: open311_clients; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.open311_clients VALUES ('demo-open311', '演示应用 Demo app', 'd107f5bb8d2ee831bcac61e98ff095c3276eab97a31d0c3b8a02aca295376010', 1, 1796455311);


--
-- Data for Name: organisation_employees; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.organisation_employees VALUES ('demo-organisation-1', 'demo-resident-3', '保洁员', '2024-06-01', NULL);


--
-- Data for Name: organisations; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.organisations VALUES ('demo-organisation-1', '云溪县幸福里物业服务有限公司', '91330199MA2D0AAA16', 'enterprise', '徐丽娟', '云溪县幸福里1号', '330199001001001', 1796455311);


--
-- Data for Name: participation_settings; Type: TABLE DATA; Schema: public; Owner: postgres
--



--
-- Data for Name: petition_counters; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.petition_counters VALUES ('20261205', 4);


--
-- Data for Name: petition_events; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.petition_events VALUES ('01a235a1934b08b3be0742b2369b0937', 'demo-petition-1', 'register', NULL, 'registered', NULL, 'demo-petition', 1796196111);
INSERT INTO public.petition_events VALUES ('01a0a917e74bec44a3269b678fac4ca1', 'demo-petition-2', 'register', NULL, 'registered', NULL, 'demo-petition', 1789543311);
INSERT INTO public.petition_events VALUES ('01a0c2d7b34b918871626aada1992f69', 'demo-petition-2', 'accept', 'registered', 'accepted', '属本机关职责，予以受理。', 'demo-petition', 1789975311);
INSERT INTO public.petition_events VALUES ('01a17716474bb9b36de5308de71e0b7f', 'demo-petition-3', 'register', NULL, 'registered', NULL, 'demo-petition', 1792999311);
INSERT INTO public.petition_events VALUES ('01a18162ff4b941d6440e201c2a680bd', 'demo-petition-3', 'accept', 'registered', 'accepted', '予以受理，转县人社局办理。', 'demo-petition', 1793172111);
INSERT INTO public.petition_events VALUES ('01a1de15774bd850d0253ba7cd445e8e', 'demo-petition-3', 'reply', 'accepted', 'replied', '已责令用人单位限期支付，欠薪已于本月发放。', 'demo-petition', 1794727311);
INSERT INTO public.petition_events VALUES ('01a04218b74b4a331bb95769aa20158a', 'demo-petition-4', 'register', NULL, 'registered', NULL, 'demo-petition', 1787815311);
INSERT INTO public.petition_events VALUES ('01a05bd8834be813c1cf53f621ca0a94', 'demo-petition-4', 'accept', 'registered', 'accepted', '予以受理。', 'demo-petition', 1788247311);
INSERT INTO public.petition_events VALUES ('01a1de15774b59e5238ea5cb9d9359f2', 'demo-petition-4', 'reply', 'accepted', 'replied', '已督促物业公司完成维修。', 'demo-petition', 1794727311);


--
-- Data for Name: petition_handovers; Type: TABLE DATA; Schema: public; Owner: postgres
--



--
-- Data for Name: petition_reply_counts; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.petition_reply_counts VALUES ('', 0, 'letter', 1, 1);
INSERT INTO public.petition_reply_counts VALUES ('33', 2, 'letter', 1, 1);
INSERT INTO public.petition_reply_counts VALUES ('3301', 4, 'letter', 1, 1);
INSERT INTO public.petition_reply_counts VALUES ('330199', 6, 'letter', 1, 1);
INSERT INTO public.petition_reply_counts VALUES ('330199001', 9, 'letter', 1, 1);
INSERT INTO public.petition_reply_counts VALUES ('330199001001', 12, 'letter', 1, 1);
INSERT INTO public.petition_reply_counts VALUES ('', 0, 'online', 1, 0);
INSERT INTO public.petition_reply_counts VALUES ('33', 2, 'online', 1, 0);
INSERT INTO public.petition_reply_counts VALUES ('3301', 4, 'online', 1, 0);
INSERT INTO public.petition_reply_counts VALUES ('330199', 6, 'online', 1, 0);
INSERT INTO public.petition_reply_counts VALUES ('330199001', 9, 'online', 1, 0);
INSERT INTO public.petition_reply_counts VALUES ('330199001001', 12, 'online', 1, 0);


--
-- Data for Name: petitions; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.petitions VALUES ('demo-petition-1', 'XF20261205-00001', 'visit', '李建国', '13900001111', 1, '小区东侧工地夜间施工噪声扰民，多次反映未解决。', '要求夜间22时后停止施工。', '330199001001', '县信访局', 'registered', 1796196111, NULL, NULL, NULL, 0, 1797523199, 'acceptance_15d', 1796196111, NULL, 'demo-petition', 1796196111, 1797523199, NULL, '0F2CE77500E132CF');
INSERT INTO public.petitions VALUES ('demo-petition-2', 'XF20261205-00002', 'online', '赵秀兰', '13900002222', 1, '拆迁补偿款迟迟未发放。', '要求按协议发放补偿款。', '330199001001', '县信访局', 'accepted', 1789543311, 1789975311, 1795190399, NULL, 0, 1795190399, 'handling_60d', 1789975311, NULL, 'demo-petition', 1789975311, 1795190399, NULL, 'D000B1AEE090C314');
INSERT INTO public.petitions VALUES ('demo-petition-3', 'XF20261205-00003', 'letter', '钱卫东', '13900003333', 1, '单位拖欠工资三个月。', '要求督促用人单位支付欠薪。', '330199001001', '县信访局', 'replied', 1792999311, 1793172111, 1798387199, 1794727311, 0, 1797350399, 'review_window_30d', 1794727311, NULL, 'demo-petition', 1794727311, NULL, NULL, 'AE63506F99105B23');
INSERT INTO public.petitions VALUES ('demo-petition-4', 'XF20261205-00004', 'online', '孙丽', '13900004444', 1, '小区电梯长期故障，物业不予维修。', '要求物业尽快维修电梯。', '330199001001', '县信访局', 'replied', 1787815311, 1788247311, 1793462399, 1794727311, 0, 1797350399, 'review_window_30d', 1794727311, NULL, 'demo-petition', 1794727311, NULL, NULL, '14D44CD67473CE48');


--
-- Data for Name: plan_signatures; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.plan_signatures VALUES ('demo-project-1', 'demo-member-1', '陈国华', '2026-09-18', 'demo-clerk', 1789716111);
INSERT INTO public.plan_signatures VALUES ('demo-project-1', 'demo-member-2', '林美玲', '2026-09-18', 'demo-clerk', 1789716111);
INSERT INTO public.plan_signatures VALUES ('demo-project-1', 'demo-member-3', '何志明', '2026-09-18', 'demo-clerk', 1789716111);
INSERT INTO public.plan_signatures VALUES ('demo-project-1', 'demo-member-4', '郭淑贞', '2026-09-18', 'demo-clerk', 1789716111);
INSERT INTO public.plan_signatures VALUES ('demo-project-1', 'demo-member-5', '罗振东', '2026-09-18', 'demo-clerk', 1789716111);


--
-- Data for Name: point_accounts; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.point_accounts VALUES ('demo-resident-2', '330199001001', 20, '8413af345ca32e70014cf711018229a466dfdc738fb25333c064fc995dcc104e', 'd1aa63a3f4d48adc39fff5dae2bb417f96870930d5aece1bc97a9c3cd5cf6ee4', 1793863311, 1793863311);


--
-- Data for Name: point_entries; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.point_entries VALUES ('demo-points-1', 'demo-resident-2', 10, 'report', 'demo-report', NULL, '反映路灯损坏，经核实', NULL, 'demo-clerk', 1794036111);
INSERT INTO public.point_entries VALUES ('demo-points-2', 'demo-resident-2', 30, 'volunteer', NULL, 30, '垃圾分类督导志愿服务', NULL, 'demo-clerk', 1795245711);
INSERT INTO public.point_entries VALUES ('demo-points-3', 'demo-resident-2', -20, 'redeem', 'demo-service-1', NULL, '兑换理发一次', NULL, 'demo-clerk', 1796196111);


--
-- Data for Name: point_services; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.point_services VALUES ('demo-service-1', '330199001001', '理发一次', 20, 1, 'demo-clerk', 1788679311);
INSERT INTO public.point_services VALUES ('demo-service-2', '330199001001', '小家电维修一次', 50, 1, 'demo-clerk', 1788679311);


--
-- Data for Name: portal_submissions; Type: TABLE DATA; Schema: public; Owner: postgres
--



--
-- Data for Name: project_disclosures; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.project_disclosures VALUES ('demo-disclosure-1', 'demo-project-1', 'major', 'start', '立项方案及预算22万元已在公开栏和门户公布。', '2026-09-21', 'demo-clerk', 1789975311);


--
-- Data for Name: project_events; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.project_events VALUES ('01a1de15779091e31b0bc60cf42fbab9', 'demo-project-2', 'finish', 1, '2026-11-15', NULL, NULL, NULL, NULL, '全部更换完毕', 'demo-clerk', 1794727311);
INSERT INTO public.project_events VALUES ('demo-evaluation-1', 'demo-project-2', 'evaluation', 1, '2026-11-25', 5, 6, 7, 'rework', '3单元、7单元灯具不亮，居民要求返工。', 'demo-clerk', 1795591311);


--
-- Data for Name: project_ledger; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.project_ledger VALUES ('demo-entry-1', 'demo-project-1', '2026-09-22', 'income', 20000000, 'JZ-2026-001', '街道微实事资金拨付', 'demo-clerk', 1790061711);
INSERT INTO public.project_ledger VALUES ('demo-entry-2', 'demo-project-1', '2026-09-26', 'income', 2000000, 'JZ-2026-002', '居民自筹', 'demo-clerk', 1790407311);
INSERT INTO public.project_ledger VALUES ('demo-entry-3', 'demo-project-1', '2026-10-26', 'expense', 8650000, 'JZ-2026-015', '铺装及座椅（合同首付）', 'demo-clerk', 1792999311);
INSERT INTO public.project_ledger VALUES ('demo-entry-4', 'demo-project-1', '2026-11-23', 'expense', 1280050, 'JZ-2026-031', '儿童游乐设施', 'demo-clerk', 1795418511);
INSERT INTO public.project_ledger VALUES ('demo-entry-5', 'demo-project-2', '2026-10-08', 'income', 3600000, 'JZ-2026-007', '社区公益金', 'demo-clerk', 1791444111);
INSERT INTO public.project_ledger VALUES ('demo-entry-6', 'demo-project-2', '2026-11-10', 'expense', 3420000, 'JZ-2026-022', '声控灯具及安装', 'demo-clerk', 1794295311);


--
-- Data for Name: projects; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.projects VALUES ('demo-project-1', '330199001001', '幸福里口袋公园改造', '北门空地改造为口袋公园：铺装、座椅、儿童游乐设施、夜间照明。
资金：街道微实事资金20万元，居民自筹2万元。', 22000000, 'demo-ballot-1', 'in_progress', 1, '2026-09-21', NULL, NULL, 'demo-clerk', 1789975311);
INSERT INTO public.projects VALUES ('demo-project-2', '330199001001', '幸福里楼道照明改造', '12个单元楼道更换声控节能灯。', 3600000, NULL, 'rework', 2, '2026-10-06', '2026-11-15', NULL, 'demo-clerk', 1791271311);


--
-- Data for Name: proposals; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.proposals VALUES ('demo-proposal-1', '330199001001', '小区增设电动自行车充电桩', '3幢、5幢楼下电动车飞线充电，存在火灾隐患，建议集中建设充电车棚。', '王秀兰', '13900000001', 'portal', 'received', NULL, NULL, NULL, NULL, 1794727311);
INSERT INTO public.proposals VALUES ('demo-proposal-2', '330199001001', '菜市场旁增设公共厕所', '早市人多，附近没有公厕。', '李建国', '13900000002', 'window', 'shortlisted', '便民设施', NULL, NULL, 'demo-clerk', 1794813711);
INSERT INTO public.proposals VALUES ('demo-proposal-3', '330199001001', '北门口增设休息座椅', '老人买菜回来没地方歇脚。', '张桂芳', '13900000003', 'portal', 'shortlisted', '便民设施', NULL, NULL, NULL, 1794900111);
INSERT INTO public.proposals VALUES ('demo-proposal-4', '330199001001', '小区内开设棋牌室', '希望有地方打牌下棋。', '赵志强', '13900000004', 'portal', 'declined', NULL, '社区用房不足，且噪音扰民，暂不采纳；可使用社区老年活动中心。', NULL, NULL, 1794986511);


--
-- Data for Name: rate_limits; Type: TABLE DATA; Schema: public; Owner: postgres
--



--
-- Data for Name: reception_cases; Type: TABLE DATA; Schema: public; Owner: postgres
--



--
-- Data for Name: reception_days; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.reception_days VALUES ('demo-reception-1', '周明', '县长', '2026-12-12', '09:00-12:00', '县信访接待中心一楼', '330199001001', 'demo-petition', 1796455311);


--
-- Data for Name: rental_tenants; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.rental_tenants VALUES ('demo-rental-1', 'demo-resident-2');


--
-- Data for Name: rentals; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.rentals VALUES ('demo-rental-1', 'demo-house-1', '330199001001001', '徐丽娟', '2025-03-01', '2027-02-28', 1, 1796455311);


--
-- Data for Name: residence_permits; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.residence_permits VALUES ('demo-permit-1', 'demo-resident-2', '330199001001001', 'job', '2025-12-10', '2026-12-10', 'active', NULL, NULL);


--
-- Data for Name: resident_address_terms; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.resident_address_terms VALUES ('00', '330199001001001');
INSERT INTO public.resident_address_terms VALUES ('00', '330199001001002');
INSERT INTO public.resident_address_terms VALUES ('00', '330199001001003');
INSERT INTO public.resident_address_terms VALUES ('00', '330199001001004');
INSERT INTO public.resident_address_terms VALUES ('00', '330199001001005');
INSERT INTO public.resident_address_terms VALUES ('00', '330199001002001');
INSERT INTO public.resident_address_terms VALUES ('00', '330199001002002');
INSERT INTO public.resident_address_terms VALUES ('00', '330199001002003');
INSERT INTO public.resident_address_terms VALUES ('00', '330199001002004');
INSERT INTO public.resident_address_terms VALUES ('00', '330199001002005');
INSERT INTO public.resident_address_terms VALUES ('00', '330199001003001');
INSERT INTO public.resident_address_terms VALUES ('00', '330199001003002');
INSERT INTO public.resident_address_terms VALUES ('00', '330199001003003');
INSERT INTO public.resident_address_terms VALUES ('00', '330199001003004');
INSERT INTO public.resident_address_terms VALUES ('00', '330199001003005');
INSERT INTO public.resident_address_terms VALUES ('00', '330199001004001');
INSERT INTO public.resident_address_terms VALUES ('00', '330199001004002');
INSERT INTO public.resident_address_terms VALUES ('00', '330199001004003');
INSERT INTO public.resident_address_terms VALUES ('00', '330199001004004');
INSERT INTO public.resident_address_terms VALUES ('00', '330199001004005');
INSERT INTO public.resident_address_terms VALUES ('00', '330199002001001');
INSERT INTO public.resident_address_terms VALUES ('00', '330199002001002');
INSERT INTO public.resident_address_terms VALUES ('00', '330199002001003');
INSERT INTO public.resident_address_terms VALUES ('00', '330199002001004');
INSERT INTO public.resident_address_terms VALUES ('00', '330199002001005');
INSERT INTO public.resident_address_terms VALUES ('00', '330199002002001');
INSERT INTO public.resident_address_terms VALUES ('00', '330199002002002');
INSERT INTO public.resident_address_terms VALUES ('00', '330199002002003');
INSERT INTO public.resident_address_terms VALUES ('00', '330199002002004');
INSERT INTO public.resident_address_terms VALUES ('00', '330199002002005');
INSERT INTO public.resident_address_terms VALUES ('00', '330199002003001');
INSERT INTO public.resident_address_terms VALUES ('00', '330199002003002');
INSERT INTO public.resident_address_terms VALUES ('00', '330199002003003');
INSERT INTO public.resident_address_terms VALUES ('00', '330199002003004');
INSERT INTO public.resident_address_terms VALUES ('00', '330199002003005');
INSERT INTO public.resident_address_terms VALUES ('00', '330199002004001');
INSERT INTO public.resident_address_terms VALUES ('00', '330199002004002');
INSERT INTO public.resident_address_terms VALUES ('00', '330199002004003');
INSERT INTO public.resident_address_terms VALUES ('00', '330199002004004');
INSERT INTO public.resident_address_terms VALUES ('00', '330199002004005');
INSERT INTO public.resident_address_terms VALUES ('00', '330199101201001');
INSERT INTO public.resident_address_terms VALUES ('00', '330199101201002');
INSERT INTO public.resident_address_terms VALUES ('00', '330199101201003');
INSERT INTO public.resident_address_terms VALUES ('00', '330199101201004');
INSERT INTO public.resident_address_terms VALUES ('00', '330199101201005');
INSERT INTO public.resident_address_terms VALUES ('00', '330199101202001');
INSERT INTO public.resident_address_terms VALUES ('00', '330199101202002');
INSERT INTO public.resident_address_terms VALUES ('00', '330199101202003');
INSERT INTO public.resident_address_terms VALUES ('00', '330199101202004');
INSERT INTO public.resident_address_terms VALUES ('00', '330199101202005');
INSERT INTO public.resident_address_terms VALUES ('00', '330199101203001');
INSERT INTO public.resident_address_terms VALUES ('00', '330199101203002');
INSERT INTO public.resident_address_terms VALUES ('00', '330199101203003');
INSERT INTO public.resident_address_terms VALUES ('00', '330199101203004');
INSERT INTO public.resident_address_terms VALUES ('00', '330199101203005');
INSERT INTO public.resident_address_terms VALUES ('00', '330199101204001');
INSERT INTO public.resident_address_terms VALUES ('00', '330199101204002');
INSERT INTO public.resident_address_terms VALUES ('00', '330199101204003');
INSERT INTO public.resident_address_terms VALUES ('00', '330199101204004');
INSERT INTO public.resident_address_terms VALUES ('00', '330199101204005');
INSERT INTO public.resident_address_terms VALUES ('001', '330199001001001');
INSERT INTO public.resident_address_terms VALUES ('001', '330199001001002');
INSERT INTO public.resident_address_terms VALUES ('001', '330199001001003');
INSERT INTO public.resident_address_terms VALUES ('001', '330199001001004');
INSERT INTO public.resident_address_terms VALUES ('001', '330199001001005');
INSERT INTO public.resident_address_terms VALUES ('001', '330199001002001');
INSERT INTO public.resident_address_terms VALUES ('001', '330199001003001');
INSERT INTO public.resident_address_terms VALUES ('001', '330199001004001');
INSERT INTO public.resident_address_terms VALUES ('001', '330199002001001');
INSERT INTO public.resident_address_terms VALUES ('001', '330199002001002');
INSERT INTO public.resident_address_terms VALUES ('001', '330199002001003');
INSERT INTO public.resident_address_terms VALUES ('001', '330199002001004');
INSERT INTO public.resident_address_terms VALUES ('001', '330199002001005');
INSERT INTO public.resident_address_terms VALUES ('001', '330199002002001');
INSERT INTO public.resident_address_terms VALUES ('001', '330199002003001');
INSERT INTO public.resident_address_terms VALUES ('001', '330199002004001');
INSERT INTO public.resident_address_terms VALUES ('001', '330199101201001');
INSERT INTO public.resident_address_terms VALUES ('001', '330199101202001');
INSERT INTO public.resident_address_terms VALUES ('001', '330199101203001');
INSERT INTO public.resident_address_terms VALUES ('001', '330199101204001');
INSERT INTO public.resident_address_terms VALUES ('002', '330199001001002');
INSERT INTO public.resident_address_terms VALUES ('002', '330199001002001');
INSERT INTO public.resident_address_terms VALUES ('002', '330199001002002');
INSERT INTO public.resident_address_terms VALUES ('002', '330199001002003');
INSERT INTO public.resident_address_terms VALUES ('002', '330199001002004');
INSERT INTO public.resident_address_terms VALUES ('002', '330199001002005');
INSERT INTO public.resident_address_terms VALUES ('002', '330199001003002');
INSERT INTO public.resident_address_terms VALUES ('002', '330199001004002');
INSERT INTO public.resident_address_terms VALUES ('002', '330199002001002');
INSERT INTO public.resident_address_terms VALUES ('002', '330199002002001');
INSERT INTO public.resident_address_terms VALUES ('002', '330199002002002');
INSERT INTO public.resident_address_terms VALUES ('002', '330199002002003');
INSERT INTO public.resident_address_terms VALUES ('002', '330199002002004');
INSERT INTO public.resident_address_terms VALUES ('002', '330199002002005');
INSERT INTO public.resident_address_terms VALUES ('002', '330199002003002');
INSERT INTO public.resident_address_terms VALUES ('002', '330199002004002');
INSERT INTO public.resident_address_terms VALUES ('002', '330199101201002');
INSERT INTO public.resident_address_terms VALUES ('002', '330199101202002');
INSERT INTO public.resident_address_terms VALUES ('002', '330199101203002');
INSERT INTO public.resident_address_terms VALUES ('002', '330199101204002');
INSERT INTO public.resident_address_terms VALUES ('003', '330199001001003');
INSERT INTO public.resident_address_terms VALUES ('003', '330199001002003');
INSERT INTO public.resident_address_terms VALUES ('003', '330199001003001');
INSERT INTO public.resident_address_terms VALUES ('003', '330199001003002');
INSERT INTO public.resident_address_terms VALUES ('003', '330199001003003');
INSERT INTO public.resident_address_terms VALUES ('003', '330199001003004');
INSERT INTO public.resident_address_terms VALUES ('003', '330199001003005');
INSERT INTO public.resident_address_terms VALUES ('003', '330199001004003');
INSERT INTO public.resident_address_terms VALUES ('003', '330199002001003');
INSERT INTO public.resident_address_terms VALUES ('003', '330199002002003');
INSERT INTO public.resident_address_terms VALUES ('003', '330199002003001');
INSERT INTO public.resident_address_terms VALUES ('003', '330199002003002');
INSERT INTO public.resident_address_terms VALUES ('003', '330199002003003');
INSERT INTO public.resident_address_terms VALUES ('003', '330199002003004');
INSERT INTO public.resident_address_terms VALUES ('003', '330199002003005');
INSERT INTO public.resident_address_terms VALUES ('003', '330199002004003');
INSERT INTO public.resident_address_terms VALUES ('003', '330199101201003');
INSERT INTO public.resident_address_terms VALUES ('003', '330199101202003');
INSERT INTO public.resident_address_terms VALUES ('003', '330199101203003');
INSERT INTO public.resident_address_terms VALUES ('003', '330199101204003');
INSERT INTO public.resident_address_terms VALUES ('004', '330199001001004');
INSERT INTO public.resident_address_terms VALUES ('004', '330199001002004');
INSERT INTO public.resident_address_terms VALUES ('004', '330199001003004');
INSERT INTO public.resident_address_terms VALUES ('004', '330199001004001');
INSERT INTO public.resident_address_terms VALUES ('004', '330199001004002');
INSERT INTO public.resident_address_terms VALUES ('004', '330199001004003');
INSERT INTO public.resident_address_terms VALUES ('004', '330199001004004');
INSERT INTO public.resident_address_terms VALUES ('004', '330199001004005');
INSERT INTO public.resident_address_terms VALUES ('004', '330199002001004');
INSERT INTO public.resident_address_terms VALUES ('004', '330199002002004');
INSERT INTO public.resident_address_terms VALUES ('004', '330199002003004');
INSERT INTO public.resident_address_terms VALUES ('004', '330199002004001');
INSERT INTO public.resident_address_terms VALUES ('004', '330199002004002');
INSERT INTO public.resident_address_terms VALUES ('004', '330199002004003');
INSERT INTO public.resident_address_terms VALUES ('004', '330199002004004');
INSERT INTO public.resident_address_terms VALUES ('004', '330199002004005');
INSERT INTO public.resident_address_terms VALUES ('004', '330199101201004');
INSERT INTO public.resident_address_terms VALUES ('004', '330199101202004');
INSERT INTO public.resident_address_terms VALUES ('004', '330199101203004');
INSERT INTO public.resident_address_terms VALUES ('004', '330199101204004');
INSERT INTO public.resident_address_terms VALUES ('005', '330199001001005');
INSERT INTO public.resident_address_terms VALUES ('005', '330199001002005');
INSERT INTO public.resident_address_terms VALUES ('005', '330199001003005');
INSERT INTO public.resident_address_terms VALUES ('005', '330199001004005');
INSERT INTO public.resident_address_terms VALUES ('005', '330199002001005');
INSERT INTO public.resident_address_terms VALUES ('005', '330199002002005');
INSERT INTO public.resident_address_terms VALUES ('005', '330199002003005');
INSERT INTO public.resident_address_terms VALUES ('005', '330199002004005');
INSERT INTO public.resident_address_terms VALUES ('005', '330199101201005');
INSERT INTO public.resident_address_terms VALUES ('005', '330199101202005');
INSERT INTO public.resident_address_terms VALUES ('005', '330199101203005');
INSERT INTO public.resident_address_terms VALUES ('005', '330199101204005');
INSERT INTO public.resident_address_terms VALUES ('01', '330199001001001');
INSERT INTO public.resident_address_terms VALUES ('01', '330199001001002');
INSERT INTO public.resident_address_terms VALUES ('01', '330199001001003');
INSERT INTO public.resident_address_terms VALUES ('01', '330199001001004');
INSERT INTO public.resident_address_terms VALUES ('01', '330199001001005');
INSERT INTO public.resident_address_terms VALUES ('01', '330199001002001');
INSERT INTO public.resident_address_terms VALUES ('01', '330199001003001');
INSERT INTO public.resident_address_terms VALUES ('01', '330199001004001');
INSERT INTO public.resident_address_terms VALUES ('01', '330199002001001');
INSERT INTO public.resident_address_terms VALUES ('01', '330199002001002');
INSERT INTO public.resident_address_terms VALUES ('01', '330199002001003');
INSERT INTO public.resident_address_terms VALUES ('01', '330199002001004');
INSERT INTO public.resident_address_terms VALUES ('01', '330199002001005');
INSERT INTO public.resident_address_terms VALUES ('01', '330199002002001');
INSERT INTO public.resident_address_terms VALUES ('01', '330199002003001');
INSERT INTO public.resident_address_terms VALUES ('01', '330199002004001');
INSERT INTO public.resident_address_terms VALUES ('01', '330199101201001');
INSERT INTO public.resident_address_terms VALUES ('01', '330199101201002');
INSERT INTO public.resident_address_terms VALUES ('01', '330199101201003');
INSERT INTO public.resident_address_terms VALUES ('01', '330199101201004');
INSERT INTO public.resident_address_terms VALUES ('01', '330199101201005');
INSERT INTO public.resident_address_terms VALUES ('01', '330199101202001');
INSERT INTO public.resident_address_terms VALUES ('01', '330199101203001');
INSERT INTO public.resident_address_terms VALUES ('01', '330199101204001');
INSERT INTO public.resident_address_terms VALUES ('010', '330199001001001');
INSERT INTO public.resident_address_terms VALUES ('010', '330199001001002');
INSERT INTO public.resident_address_terms VALUES ('010', '330199001001003');
INSERT INTO public.resident_address_terms VALUES ('010', '330199001001004');
INSERT INTO public.resident_address_terms VALUES ('010', '330199001001005');
INSERT INTO public.resident_address_terms VALUES ('010', '330199002001001');
INSERT INTO public.resident_address_terms VALUES ('010', '330199002001002');
INSERT INTO public.resident_address_terms VALUES ('010', '330199002001003');
INSERT INTO public.resident_address_terms VALUES ('010', '330199002001004');
INSERT INTO public.resident_address_terms VALUES ('010', '330199002001005');
INSERT INTO public.resident_address_terms VALUES ('010', '330199101201001');
INSERT INTO public.resident_address_terms VALUES ('010', '330199101201002');
INSERT INTO public.resident_address_terms VALUES ('010', '330199101201003');
INSERT INTO public.resident_address_terms VALUES ('010', '330199101201004');
INSERT INTO public.resident_address_terms VALUES ('010', '330199101201005');
INSERT INTO public.resident_address_terms VALUES ('01号', '330199001001001');
INSERT INTO public.resident_address_terms VALUES ('01号', '330199001002001');
INSERT INTO public.resident_address_terms VALUES ('01号', '330199001003001');
INSERT INTO public.resident_address_terms VALUES ('01号', '330199001004001');
INSERT INTO public.resident_address_terms VALUES ('01号', '330199002001001');
INSERT INTO public.resident_address_terms VALUES ('01号', '330199002002001');
INSERT INTO public.resident_address_terms VALUES ('01号', '330199002003001');
INSERT INTO public.resident_address_terms VALUES ('01号', '330199002004001');
INSERT INTO public.resident_address_terms VALUES ('01号', '330199101201001');
INSERT INTO public.resident_address_terms VALUES ('01号', '330199101202001');
INSERT INTO public.resident_address_terms VALUES ('01号', '330199101203001');
INSERT INTO public.resident_address_terms VALUES ('01号', '330199101204001');
INSERT INTO public.resident_address_terms VALUES ('02', '330199001001002');
INSERT INTO public.resident_address_terms VALUES ('02', '330199001002001');
INSERT INTO public.resident_address_terms VALUES ('02', '330199001002002');
INSERT INTO public.resident_address_terms VALUES ('02', '330199001002003');
INSERT INTO public.resident_address_terms VALUES ('02', '330199001002004');
INSERT INTO public.resident_address_terms VALUES ('02', '330199001002005');
INSERT INTO public.resident_address_terms VALUES ('02', '330199001003002');
INSERT INTO public.resident_address_terms VALUES ('02', '330199001004002');
INSERT INTO public.resident_address_terms VALUES ('02', '330199002001002');
INSERT INTO public.resident_address_terms VALUES ('02', '330199002002001');
INSERT INTO public.resident_address_terms VALUES ('02', '330199002002002');
INSERT INTO public.resident_address_terms VALUES ('02', '330199002002003');
INSERT INTO public.resident_address_terms VALUES ('02', '330199002002004');
INSERT INTO public.resident_address_terms VALUES ('02', '330199002002005');
INSERT INTO public.resident_address_terms VALUES ('02', '330199002003002');
INSERT INTO public.resident_address_terms VALUES ('02', '330199002004002');
INSERT INTO public.resident_address_terms VALUES ('02', '330199101201002');
INSERT INTO public.resident_address_terms VALUES ('02', '330199101202001');
INSERT INTO public.resident_address_terms VALUES ('02', '330199101202002');
INSERT INTO public.resident_address_terms VALUES ('02', '330199101202003');
INSERT INTO public.resident_address_terms VALUES ('02', '330199101202004');
INSERT INTO public.resident_address_terms VALUES ('02', '330199101202005');
INSERT INTO public.resident_address_terms VALUES ('02', '330199101203002');
INSERT INTO public.resident_address_terms VALUES ('02', '330199101204002');
INSERT INTO public.resident_address_terms VALUES ('020', '330199001002001');
INSERT INTO public.resident_address_terms VALUES ('020', '330199001002002');
INSERT INTO public.resident_address_terms VALUES ('020', '330199001002003');
INSERT INTO public.resident_address_terms VALUES ('020', '330199001002004');
INSERT INTO public.resident_address_terms VALUES ('020', '330199001002005');
INSERT INTO public.resident_address_terms VALUES ('020', '330199002002001');
INSERT INTO public.resident_address_terms VALUES ('020', '330199002002002');
INSERT INTO public.resident_address_terms VALUES ('020', '330199002002003');
INSERT INTO public.resident_address_terms VALUES ('020', '330199002002004');
INSERT INTO public.resident_address_terms VALUES ('020', '330199002002005');
INSERT INTO public.resident_address_terms VALUES ('020', '330199101202001');
INSERT INTO public.resident_address_terms VALUES ('020', '330199101202002');
INSERT INTO public.resident_address_terms VALUES ('020', '330199101202003');
INSERT INTO public.resident_address_terms VALUES ('020', '330199101202004');
INSERT INTO public.resident_address_terms VALUES ('020', '330199101202005');
INSERT INTO public.resident_address_terms VALUES ('02号', '330199001001002');
INSERT INTO public.resident_address_terms VALUES ('02号', '330199001002002');
INSERT INTO public.resident_address_terms VALUES ('02号', '330199001003002');
INSERT INTO public.resident_address_terms VALUES ('02号', '330199001004002');
INSERT INTO public.resident_address_terms VALUES ('02号', '330199002001002');
INSERT INTO public.resident_address_terms VALUES ('02号', '330199002002002');
INSERT INTO public.resident_address_terms VALUES ('02号', '330199002003002');
INSERT INTO public.resident_address_terms VALUES ('02号', '330199002004002');
INSERT INTO public.resident_address_terms VALUES ('02号', '330199101201002');
INSERT INTO public.resident_address_terms VALUES ('02号', '330199101202002');
INSERT INTO public.resident_address_terms VALUES ('02号', '330199101203002');
INSERT INTO public.resident_address_terms VALUES ('02号', '330199101204002');
INSERT INTO public.resident_address_terms VALUES ('03', '330199001001003');
INSERT INTO public.resident_address_terms VALUES ('03', '330199001002003');
INSERT INTO public.resident_address_terms VALUES ('03', '330199001003001');
INSERT INTO public.resident_address_terms VALUES ('03', '330199001003002');
INSERT INTO public.resident_address_terms VALUES ('03', '330199001003003');
INSERT INTO public.resident_address_terms VALUES ('03', '330199001003004');
INSERT INTO public.resident_address_terms VALUES ('03', '330199001003005');
INSERT INTO public.resident_address_terms VALUES ('03', '330199001004003');
INSERT INTO public.resident_address_terms VALUES ('03', '330199002001003');
INSERT INTO public.resident_address_terms VALUES ('03', '330199002002003');
INSERT INTO public.resident_address_terms VALUES ('03', '330199002003001');
INSERT INTO public.resident_address_terms VALUES ('03', '330199002003002');
INSERT INTO public.resident_address_terms VALUES ('03', '330199002003003');
INSERT INTO public.resident_address_terms VALUES ('03', '330199002003004');
INSERT INTO public.resident_address_terms VALUES ('03', '330199002003005');
INSERT INTO public.resident_address_terms VALUES ('03', '330199002004003');
INSERT INTO public.resident_address_terms VALUES ('03', '330199101201003');
INSERT INTO public.resident_address_terms VALUES ('03', '330199101202003');
INSERT INTO public.resident_address_terms VALUES ('03', '330199101203001');
INSERT INTO public.resident_address_terms VALUES ('03', '330199101203002');
INSERT INTO public.resident_address_terms VALUES ('03', '330199101203003');
INSERT INTO public.resident_address_terms VALUES ('03', '330199101203004');
INSERT INTO public.resident_address_terms VALUES ('03', '330199101203005');
INSERT INTO public.resident_address_terms VALUES ('03', '330199101204003');
INSERT INTO public.resident_address_terms VALUES ('030', '330199001003001');
INSERT INTO public.resident_address_terms VALUES ('030', '330199001003002');
INSERT INTO public.resident_address_terms VALUES ('030', '330199001003003');
INSERT INTO public.resident_address_terms VALUES ('030', '330199001003004');
INSERT INTO public.resident_address_terms VALUES ('030', '330199001003005');
INSERT INTO public.resident_address_terms VALUES ('030', '330199002003001');
INSERT INTO public.resident_address_terms VALUES ('030', '330199002003002');
INSERT INTO public.resident_address_terms VALUES ('030', '330199002003003');
INSERT INTO public.resident_address_terms VALUES ('030', '330199002003004');
INSERT INTO public.resident_address_terms VALUES ('030', '330199002003005');
INSERT INTO public.resident_address_terms VALUES ('030', '330199101203001');
INSERT INTO public.resident_address_terms VALUES ('030', '330199101203002');
INSERT INTO public.resident_address_terms VALUES ('030', '330199101203003');
INSERT INTO public.resident_address_terms VALUES ('030', '330199101203004');
INSERT INTO public.resident_address_terms VALUES ('030', '330199101203005');
INSERT INTO public.resident_address_terms VALUES ('03号', '330199001001003');
INSERT INTO public.resident_address_terms VALUES ('03号', '330199001002003');
INSERT INTO public.resident_address_terms VALUES ('03号', '330199001003003');
INSERT INTO public.resident_address_terms VALUES ('03号', '330199001004003');
INSERT INTO public.resident_address_terms VALUES ('03号', '330199002001003');
INSERT INTO public.resident_address_terms VALUES ('03号', '330199002002003');
INSERT INTO public.resident_address_terms VALUES ('03号', '330199002003003');
INSERT INTO public.resident_address_terms VALUES ('03号', '330199002004003');
INSERT INTO public.resident_address_terms VALUES ('03号', '330199101201003');
INSERT INTO public.resident_address_terms VALUES ('03号', '330199101202003');
INSERT INTO public.resident_address_terms VALUES ('03号', '330199101203003');
INSERT INTO public.resident_address_terms VALUES ('03号', '330199101204003');
INSERT INTO public.resident_address_terms VALUES ('04', '330199001001004');
INSERT INTO public.resident_address_terms VALUES ('04', '330199001002004');
INSERT INTO public.resident_address_terms VALUES ('04', '330199001003004');
INSERT INTO public.resident_address_terms VALUES ('04', '330199001004001');
INSERT INTO public.resident_address_terms VALUES ('04', '330199001004002');
INSERT INTO public.resident_address_terms VALUES ('04', '330199001004003');
INSERT INTO public.resident_address_terms VALUES ('04', '330199001004004');
INSERT INTO public.resident_address_terms VALUES ('04', '330199001004005');
INSERT INTO public.resident_address_terms VALUES ('04', '330199002001004');
INSERT INTO public.resident_address_terms VALUES ('04', '330199002002004');
INSERT INTO public.resident_address_terms VALUES ('04', '330199002003004');
INSERT INTO public.resident_address_terms VALUES ('04', '330199002004001');
INSERT INTO public.resident_address_terms VALUES ('04', '330199002004002');
INSERT INTO public.resident_address_terms VALUES ('04', '330199002004003');
INSERT INTO public.resident_address_terms VALUES ('04', '330199002004004');
INSERT INTO public.resident_address_terms VALUES ('04', '330199002004005');
INSERT INTO public.resident_address_terms VALUES ('04', '330199101201004');
INSERT INTO public.resident_address_terms VALUES ('04', '330199101202004');
INSERT INTO public.resident_address_terms VALUES ('04', '330199101203004');
INSERT INTO public.resident_address_terms VALUES ('04', '330199101204001');
INSERT INTO public.resident_address_terms VALUES ('04', '330199101204002');
INSERT INTO public.resident_address_terms VALUES ('04', '330199101204003');
INSERT INTO public.resident_address_terms VALUES ('04', '330199101204004');
INSERT INTO public.resident_address_terms VALUES ('04', '330199101204005');
INSERT INTO public.resident_address_terms VALUES ('040', '330199001004001');
INSERT INTO public.resident_address_terms VALUES ('040', '330199001004002');
INSERT INTO public.resident_address_terms VALUES ('040', '330199001004003');
INSERT INTO public.resident_address_terms VALUES ('040', '330199001004004');
INSERT INTO public.resident_address_terms VALUES ('040', '330199001004005');
INSERT INTO public.resident_address_terms VALUES ('040', '330199002004001');
INSERT INTO public.resident_address_terms VALUES ('040', '330199002004002');
INSERT INTO public.resident_address_terms VALUES ('040', '330199002004003');
INSERT INTO public.resident_address_terms VALUES ('040', '330199002004004');
INSERT INTO public.resident_address_terms VALUES ('040', '330199002004005');
INSERT INTO public.resident_address_terms VALUES ('040', '330199101204001');
INSERT INTO public.resident_address_terms VALUES ('040', '330199101204002');
INSERT INTO public.resident_address_terms VALUES ('040', '330199101204003');
INSERT INTO public.resident_address_terms VALUES ('040', '330199101204004');
INSERT INTO public.resident_address_terms VALUES ('040', '330199101204005');
INSERT INTO public.resident_address_terms VALUES ('04号', '330199001001004');
INSERT INTO public.resident_address_terms VALUES ('04号', '330199001002004');
INSERT INTO public.resident_address_terms VALUES ('04号', '330199001003004');
INSERT INTO public.resident_address_terms VALUES ('04号', '330199001004004');
INSERT INTO public.resident_address_terms VALUES ('04号', '330199002001004');
INSERT INTO public.resident_address_terms VALUES ('04号', '330199002002004');
INSERT INTO public.resident_address_terms VALUES ('04号', '330199002003004');
INSERT INTO public.resident_address_terms VALUES ('04号', '330199002004004');
INSERT INTO public.resident_address_terms VALUES ('04号', '330199101201004');
INSERT INTO public.resident_address_terms VALUES ('04号', '330199101202004');
INSERT INTO public.resident_address_terms VALUES ('04号', '330199101203004');
INSERT INTO public.resident_address_terms VALUES ('04号', '330199101204004');
INSERT INTO public.resident_address_terms VALUES ('05', '330199001001005');
INSERT INTO public.resident_address_terms VALUES ('05', '330199001002005');
INSERT INTO public.resident_address_terms VALUES ('05', '330199001003005');
INSERT INTO public.resident_address_terms VALUES ('05', '330199001004005');
INSERT INTO public.resident_address_terms VALUES ('05', '330199002001005');
INSERT INTO public.resident_address_terms VALUES ('05', '330199002002005');
INSERT INTO public.resident_address_terms VALUES ('05', '330199002003005');
INSERT INTO public.resident_address_terms VALUES ('05', '330199002004005');
INSERT INTO public.resident_address_terms VALUES ('05', '330199101201005');
INSERT INTO public.resident_address_terms VALUES ('05', '330199101202005');
INSERT INTO public.resident_address_terms VALUES ('05', '330199101203005');
INSERT INTO public.resident_address_terms VALUES ('05', '330199101204005');
INSERT INTO public.resident_address_terms VALUES ('05号', '330199001001005');
INSERT INTO public.resident_address_terms VALUES ('05号', '330199001002005');
INSERT INTO public.resident_address_terms VALUES ('05号', '330199001003005');
INSERT INTO public.resident_address_terms VALUES ('05号', '330199001004005');
INSERT INTO public.resident_address_terms VALUES ('05号', '330199002001005');
INSERT INTO public.resident_address_terms VALUES ('05号', '330199002002005');
INSERT INTO public.resident_address_terms VALUES ('05号', '330199002003005');
INSERT INTO public.resident_address_terms VALUES ('05号', '330199002004005');
INSERT INTO public.resident_address_terms VALUES ('05号', '330199101201005');
INSERT INTO public.resident_address_terms VALUES ('05号', '330199101202005');
INSERT INTO public.resident_address_terms VALUES ('05号', '330199101203005');
INSERT INTO public.resident_address_terms VALUES ('05号', '330199101204005');
INSERT INTO public.resident_address_terms VALUES ('10', '330199001001001');
INSERT INTO public.resident_address_terms VALUES ('10', '330199001001002');
INSERT INTO public.resident_address_terms VALUES ('10', '330199001001003');
INSERT INTO public.resident_address_terms VALUES ('10', '330199001001004');
INSERT INTO public.resident_address_terms VALUES ('10', '330199001001005');
INSERT INTO public.resident_address_terms VALUES ('10', '330199002001001');
INSERT INTO public.resident_address_terms VALUES ('10', '330199002001002');
INSERT INTO public.resident_address_terms VALUES ('10', '330199002001003');
INSERT INTO public.resident_address_terms VALUES ('10', '330199002001004');
INSERT INTO public.resident_address_terms VALUES ('10', '330199002001005');
INSERT INTO public.resident_address_terms VALUES ('10', '330199101201001');
INSERT INTO public.resident_address_terms VALUES ('10', '330199101201002');
INSERT INTO public.resident_address_terms VALUES ('10', '330199101201003');
INSERT INTO public.resident_address_terms VALUES ('10', '330199101201004');
INSERT INTO public.resident_address_terms VALUES ('10', '330199101201005');
INSERT INTO public.resident_address_terms VALUES ('100', '330199001001001');
INSERT INTO public.resident_address_terms VALUES ('100', '330199001001002');
INSERT INTO public.resident_address_terms VALUES ('100', '330199001001003');
INSERT INTO public.resident_address_terms VALUES ('100', '330199001001004');
INSERT INTO public.resident_address_terms VALUES ('100', '330199001001005');
INSERT INTO public.resident_address_terms VALUES ('100', '330199002001001');
INSERT INTO public.resident_address_terms VALUES ('100', '330199002001002');
INSERT INTO public.resident_address_terms VALUES ('100', '330199002001003');
INSERT INTO public.resident_address_terms VALUES ('100', '330199002001004');
INSERT INTO public.resident_address_terms VALUES ('100', '330199002001005');
INSERT INTO public.resident_address_terms VALUES ('100', '330199101201001');
INSERT INTO public.resident_address_terms VALUES ('100', '330199101201002');
INSERT INTO public.resident_address_terms VALUES ('100', '330199101201003');
INSERT INTO public.resident_address_terms VALUES ('100', '330199101201004');
INSERT INTO public.resident_address_terms VALUES ('100', '330199101201005');
INSERT INTO public.resident_address_terms VALUES ('1号', '330199001001001');
INSERT INTO public.resident_address_terms VALUES ('1号', '330199001002001');
INSERT INTO public.resident_address_terms VALUES ('1号', '330199001003001');
INSERT INTO public.resident_address_terms VALUES ('1号', '330199001004001');
INSERT INTO public.resident_address_terms VALUES ('1号', '330199002001001');
INSERT INTO public.resident_address_terms VALUES ('1号', '330199002002001');
INSERT INTO public.resident_address_terms VALUES ('1号', '330199002003001');
INSERT INTO public.resident_address_terms VALUES ('1号', '330199002004001');
INSERT INTO public.resident_address_terms VALUES ('1号', '330199101201001');
INSERT INTO public.resident_address_terms VALUES ('1号', '330199101202001');
INSERT INTO public.resident_address_terms VALUES ('1号', '330199101203001');
INSERT INTO public.resident_address_terms VALUES ('1号', '330199101204001');
INSERT INTO public.resident_address_terms VALUES ('20', '330199001002001');
INSERT INTO public.resident_address_terms VALUES ('20', '330199001002002');
INSERT INTO public.resident_address_terms VALUES ('20', '330199001002003');
INSERT INTO public.resident_address_terms VALUES ('20', '330199001002004');
INSERT INTO public.resident_address_terms VALUES ('20', '330199001002005');
INSERT INTO public.resident_address_terms VALUES ('20', '330199002002001');
INSERT INTO public.resident_address_terms VALUES ('20', '330199002002002');
INSERT INTO public.resident_address_terms VALUES ('20', '330199002002003');
INSERT INTO public.resident_address_terms VALUES ('20', '330199002002004');
INSERT INTO public.resident_address_terms VALUES ('20', '330199002002005');
INSERT INTO public.resident_address_terms VALUES ('20', '330199101201001');
INSERT INTO public.resident_address_terms VALUES ('20', '330199101201002');
INSERT INTO public.resident_address_terms VALUES ('20', '330199101201003');
INSERT INTO public.resident_address_terms VALUES ('20', '330199101201004');
INSERT INTO public.resident_address_terms VALUES ('20', '330199101201005');
INSERT INTO public.resident_address_terms VALUES ('20', '330199101202001');
INSERT INTO public.resident_address_terms VALUES ('20', '330199101202002');
INSERT INTO public.resident_address_terms VALUES ('20', '330199101202003');
INSERT INTO public.resident_address_terms VALUES ('20', '330199101202004');
INSERT INTO public.resident_address_terms VALUES ('20', '330199101202005');
INSERT INTO public.resident_address_terms VALUES ('20', '330199101203001');
INSERT INTO public.resident_address_terms VALUES ('20', '330199101203002');
INSERT INTO public.resident_address_terms VALUES ('20', '330199101203003');
INSERT INTO public.resident_address_terms VALUES ('20', '330199101203004');
INSERT INTO public.resident_address_terms VALUES ('20', '330199101203005');
INSERT INTO public.resident_address_terms VALUES ('20', '330199101204001');
INSERT INTO public.resident_address_terms VALUES ('20', '330199101204002');
INSERT INTO public.resident_address_terms VALUES ('20', '330199101204003');
INSERT INTO public.resident_address_terms VALUES ('20', '330199101204004');
INSERT INTO public.resident_address_terms VALUES ('20', '330199101204005');
INSERT INTO public.resident_address_terms VALUES ('200', '330199001002001');
INSERT INTO public.resident_address_terms VALUES ('200', '330199001002002');
INSERT INTO public.resident_address_terms VALUES ('200', '330199001002003');
INSERT INTO public.resident_address_terms VALUES ('200', '330199001002004');
INSERT INTO public.resident_address_terms VALUES ('200', '330199001002005');
INSERT INTO public.resident_address_terms VALUES ('200', '330199002002001');
INSERT INTO public.resident_address_terms VALUES ('200', '330199002002002');
INSERT INTO public.resident_address_terms VALUES ('200', '330199002002003');
INSERT INTO public.resident_address_terms VALUES ('200', '330199002002004');
INSERT INTO public.resident_address_terms VALUES ('200', '330199002002005');
INSERT INTO public.resident_address_terms VALUES ('200', '330199101202001');
INSERT INTO public.resident_address_terms VALUES ('200', '330199101202002');
INSERT INTO public.resident_address_terms VALUES ('200', '330199101202003');
INSERT INTO public.resident_address_terms VALUES ('200', '330199101202004');
INSERT INTO public.resident_address_terms VALUES ('200', '330199101202005');
INSERT INTO public.resident_address_terms VALUES ('201', '330199101201001');
INSERT INTO public.resident_address_terms VALUES ('201', '330199101201002');
INSERT INTO public.resident_address_terms VALUES ('201', '330199101201003');
INSERT INTO public.resident_address_terms VALUES ('201', '330199101201004');
INSERT INTO public.resident_address_terms VALUES ('201', '330199101201005');
INSERT INTO public.resident_address_terms VALUES ('202', '330199101202001');
INSERT INTO public.resident_address_terms VALUES ('202', '330199101202002');
INSERT INTO public.resident_address_terms VALUES ('202', '330199101202003');
INSERT INTO public.resident_address_terms VALUES ('202', '330199101202004');
INSERT INTO public.resident_address_terms VALUES ('202', '330199101202005');
INSERT INTO public.resident_address_terms VALUES ('203', '330199101203001');
INSERT INTO public.resident_address_terms VALUES ('203', '330199101203002');
INSERT INTO public.resident_address_terms VALUES ('203', '330199101203003');
INSERT INTO public.resident_address_terms VALUES ('203', '330199101203004');
INSERT INTO public.resident_address_terms VALUES ('203', '330199101203005');
INSERT INTO public.resident_address_terms VALUES ('204', '330199101204001');
INSERT INTO public.resident_address_terms VALUES ('204', '330199101204002');
INSERT INTO public.resident_address_terms VALUES ('204', '330199101204003');
INSERT INTO public.resident_address_terms VALUES ('204', '330199101204004');
INSERT INTO public.resident_address_terms VALUES ('204', '330199101204005');
INSERT INTO public.resident_address_terms VALUES ('2号', '330199001001002');
INSERT INTO public.resident_address_terms VALUES ('2号', '330199001002002');
INSERT INTO public.resident_address_terms VALUES ('2号', '330199001003002');
INSERT INTO public.resident_address_terms VALUES ('2号', '330199001004002');
INSERT INTO public.resident_address_terms VALUES ('2号', '330199002001002');
INSERT INTO public.resident_address_terms VALUES ('2号', '330199002002002');
INSERT INTO public.resident_address_terms VALUES ('2号', '330199002003002');
INSERT INTO public.resident_address_terms VALUES ('2号', '330199002004002');
INSERT INTO public.resident_address_terms VALUES ('2号', '330199101201002');
INSERT INTO public.resident_address_terms VALUES ('2号', '330199101202002');
INSERT INTO public.resident_address_terms VALUES ('2号', '330199101203002');
INSERT INTO public.resident_address_terms VALUES ('2号', '330199101204002');
INSERT INTO public.resident_address_terms VALUES ('30', '330199001003001');
INSERT INTO public.resident_address_terms VALUES ('30', '330199001003002');
INSERT INTO public.resident_address_terms VALUES ('30', '330199001003003');
INSERT INTO public.resident_address_terms VALUES ('30', '330199001003004');
INSERT INTO public.resident_address_terms VALUES ('30', '330199001003005');
INSERT INTO public.resident_address_terms VALUES ('30', '330199002003001');
INSERT INTO public.resident_address_terms VALUES ('30', '330199002003002');
INSERT INTO public.resident_address_terms VALUES ('30', '330199002003003');
INSERT INTO public.resident_address_terms VALUES ('30', '330199002003004');
INSERT INTO public.resident_address_terms VALUES ('30', '330199002003005');
INSERT INTO public.resident_address_terms VALUES ('30', '330199101203001');
INSERT INTO public.resident_address_terms VALUES ('30', '330199101203002');
INSERT INTO public.resident_address_terms VALUES ('30', '330199101203003');
INSERT INTO public.resident_address_terms VALUES ('30', '330199101203004');
INSERT INTO public.resident_address_terms VALUES ('30', '330199101203005');
INSERT INTO public.resident_address_terms VALUES ('300', '330199001003001');
INSERT INTO public.resident_address_terms VALUES ('300', '330199001003002');
INSERT INTO public.resident_address_terms VALUES ('300', '330199001003003');
INSERT INTO public.resident_address_terms VALUES ('300', '330199001003004');
INSERT INTO public.resident_address_terms VALUES ('300', '330199001003005');
INSERT INTO public.resident_address_terms VALUES ('300', '330199002003001');
INSERT INTO public.resident_address_terms VALUES ('300', '330199002003002');
INSERT INTO public.resident_address_terms VALUES ('300', '330199002003003');
INSERT INTO public.resident_address_terms VALUES ('300', '330199002003004');
INSERT INTO public.resident_address_terms VALUES ('300', '330199002003005');
INSERT INTO public.resident_address_terms VALUES ('300', '330199101203001');
INSERT INTO public.resident_address_terms VALUES ('300', '330199101203002');
INSERT INTO public.resident_address_terms VALUES ('300', '330199101203003');
INSERT INTO public.resident_address_terms VALUES ('300', '330199101203004');
INSERT INTO public.resident_address_terms VALUES ('300', '330199101203005');
INSERT INTO public.resident_address_terms VALUES ('3号', '330199001001003');
INSERT INTO public.resident_address_terms VALUES ('3号', '330199001002003');
INSERT INTO public.resident_address_terms VALUES ('3号', '330199001003003');
INSERT INTO public.resident_address_terms VALUES ('3号', '330199001004003');
INSERT INTO public.resident_address_terms VALUES ('3号', '330199002001003');
INSERT INTO public.resident_address_terms VALUES ('3号', '330199002002003');
INSERT INTO public.resident_address_terms VALUES ('3号', '330199002003003');
INSERT INTO public.resident_address_terms VALUES ('3号', '330199002004003');
INSERT INTO public.resident_address_terms VALUES ('3号', '330199101201003');
INSERT INTO public.resident_address_terms VALUES ('3号', '330199101202003');
INSERT INTO public.resident_address_terms VALUES ('3号', '330199101203003');
INSERT INTO public.resident_address_terms VALUES ('3号', '330199101204003');
INSERT INTO public.resident_address_terms VALUES ('40', '330199001004001');
INSERT INTO public.resident_address_terms VALUES ('40', '330199001004002');
INSERT INTO public.resident_address_terms VALUES ('40', '330199001004003');
INSERT INTO public.resident_address_terms VALUES ('40', '330199001004004');
INSERT INTO public.resident_address_terms VALUES ('40', '330199001004005');
INSERT INTO public.resident_address_terms VALUES ('40', '330199002004001');
INSERT INTO public.resident_address_terms VALUES ('40', '330199002004002');
INSERT INTO public.resident_address_terms VALUES ('40', '330199002004003');
INSERT INTO public.resident_address_terms VALUES ('40', '330199002004004');
INSERT INTO public.resident_address_terms VALUES ('40', '330199002004005');
INSERT INTO public.resident_address_terms VALUES ('40', '330199101204001');
INSERT INTO public.resident_address_terms VALUES ('40', '330199101204002');
INSERT INTO public.resident_address_terms VALUES ('40', '330199101204003');
INSERT INTO public.resident_address_terms VALUES ('40', '330199101204004');
INSERT INTO public.resident_address_terms VALUES ('40', '330199101204005');
INSERT INTO public.resident_address_terms VALUES ('400', '330199001004001');
INSERT INTO public.resident_address_terms VALUES ('400', '330199001004002');
INSERT INTO public.resident_address_terms VALUES ('400', '330199001004003');
INSERT INTO public.resident_address_terms VALUES ('400', '330199001004004');
INSERT INTO public.resident_address_terms VALUES ('400', '330199001004005');
INSERT INTO public.resident_address_terms VALUES ('400', '330199002004001');
INSERT INTO public.resident_address_terms VALUES ('400', '330199002004002');
INSERT INTO public.resident_address_terms VALUES ('400', '330199002004003');
INSERT INTO public.resident_address_terms VALUES ('400', '330199002004004');
INSERT INTO public.resident_address_terms VALUES ('400', '330199002004005');
INSERT INTO public.resident_address_terms VALUES ('400', '330199101204001');
INSERT INTO public.resident_address_terms VALUES ('400', '330199101204002');
INSERT INTO public.resident_address_terms VALUES ('400', '330199101204003');
INSERT INTO public.resident_address_terms VALUES ('400', '330199101204004');
INSERT INTO public.resident_address_terms VALUES ('400', '330199101204005');
INSERT INTO public.resident_address_terms VALUES ('4号', '330199001001004');
INSERT INTO public.resident_address_terms VALUES ('4号', '330199001002004');
INSERT INTO public.resident_address_terms VALUES ('4号', '330199001003004');
INSERT INTO public.resident_address_terms VALUES ('4号', '330199001004004');
INSERT INTO public.resident_address_terms VALUES ('4号', '330199002001004');
INSERT INTO public.resident_address_terms VALUES ('4号', '330199002002004');
INSERT INTO public.resident_address_terms VALUES ('4号', '330199002003004');
INSERT INTO public.resident_address_terms VALUES ('4号', '330199002004004');
INSERT INTO public.resident_address_terms VALUES ('4号', '330199101201004');
INSERT INTO public.resident_address_terms VALUES ('4号', '330199101202004');
INSERT INTO public.resident_address_terms VALUES ('4号', '330199101203004');
INSERT INTO public.resident_address_terms VALUES ('4号', '330199101204004');
INSERT INTO public.resident_address_terms VALUES ('5号', '330199001001005');
INSERT INTO public.resident_address_terms VALUES ('5号', '330199001002005');
INSERT INTO public.resident_address_terms VALUES ('5号', '330199001003005');
INSERT INTO public.resident_address_terms VALUES ('5号', '330199001004005');
INSERT INTO public.resident_address_terms VALUES ('5号', '330199002001005');
INSERT INTO public.resident_address_terms VALUES ('5号', '330199002002005');
INSERT INTO public.resident_address_terms VALUES ('5号', '330199002003005');
INSERT INTO public.resident_address_terms VALUES ('5号', '330199002004005');
INSERT INTO public.resident_address_terms VALUES ('5号', '330199101201005');
INSERT INTO public.resident_address_terms VALUES ('5号', '330199101202005');
INSERT INTO public.resident_address_terms VALUES ('5号', '330199101203005');
INSERT INTO public.resident_address_terms VALUES ('5号', '330199101204005');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199001001001');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199001001002');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199001001003');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199001001004');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199001001005');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199001002001');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199001002002');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199001002003');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199001002004');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199001002005');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199001003001');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199001003002');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199001003003');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199001003004');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199001003005');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199001004001');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199001004002');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199001004003');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199001004004');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199001004005');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199002001001');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199002001002');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199002001003');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199002001004');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199002001005');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199002002001');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199002002002');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199002002003');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199002002004');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199002002005');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199002003001');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199002003002');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199002003003');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199002003004');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199002003005');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199002004001');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199002004002');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199002004003');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199002004004');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199002004005');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199101201001');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199101201002');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199101201003');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199101201004');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199101201005');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199101202001');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199101202002');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199101202003');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199101202004');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199101202005');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199101203001');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199101203002');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199101203003');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199101203004');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199101203005');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199101204001');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199101204002');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199101204003');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199101204004');
INSERT INTO public.resident_address_terms VALUES ('云溪', '330199101204005');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199001001001');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199001001002');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199001001003');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199001001004');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199001001005');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199001002001');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199001002002');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199001002003');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199001002004');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199001002005');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199001003001');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199001003002');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199001003003');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199001003004');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199001003005');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199001004001');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199001004002');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199001004003');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199001004004');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199001004005');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199002001001');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199002001002');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199002001003');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199002001004');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199002001005');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199002002001');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199002002002');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199002002003');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199002002004');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199002002005');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199002003001');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199002003002');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199002003003');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199002003004');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199002003005');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199002004001');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199002004002');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199002004003');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199002004004');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199002004005');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199101201001');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199101201002');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199101201003');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199101201004');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199101201005');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199101202001');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199101202002');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199101202003');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199101202004');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199101202005');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199101203001');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199101203002');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199101203003');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199101203004');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199101203005');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199101204001');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199101204002');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199101204003');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199101204004');
INSERT INTO public.resident_address_terms VALUES ('云溪县', '330199101204005');
INSERT INTO public.resident_address_terms VALUES ('县0', '330199001001001');
INSERT INTO public.resident_address_terms VALUES ('县0', '330199001001002');
INSERT INTO public.resident_address_terms VALUES ('县0', '330199001001003');
INSERT INTO public.resident_address_terms VALUES ('县0', '330199001001004');
INSERT INTO public.resident_address_terms VALUES ('县0', '330199001001005');
INSERT INTO public.resident_address_terms VALUES ('县0', '330199001002001');
INSERT INTO public.resident_address_terms VALUES ('县0', '330199001002002');
INSERT INTO public.resident_address_terms VALUES ('县0', '330199001002003');
INSERT INTO public.resident_address_terms VALUES ('县0', '330199001002004');
INSERT INTO public.resident_address_terms VALUES ('县0', '330199001002005');
INSERT INTO public.resident_address_terms VALUES ('县0', '330199001003001');
INSERT INTO public.resident_address_terms VALUES ('县0', '330199001003002');
INSERT INTO public.resident_address_terms VALUES ('县0', '330199001003003');
INSERT INTO public.resident_address_terms VALUES ('县0', '330199001003004');
INSERT INTO public.resident_address_terms VALUES ('县0', '330199001003005');
INSERT INTO public.resident_address_terms VALUES ('县0', '330199001004001');
INSERT INTO public.resident_address_terms VALUES ('县0', '330199001004002');
INSERT INTO public.resident_address_terms VALUES ('县0', '330199001004003');
INSERT INTO public.resident_address_terms VALUES ('县0', '330199001004004');
INSERT INTO public.resident_address_terms VALUES ('县0', '330199001004005');
INSERT INTO public.resident_address_terms VALUES ('县0', '330199002001001');
INSERT INTO public.resident_address_terms VALUES ('县0', '330199002001002');
INSERT INTO public.resident_address_terms VALUES ('县0', '330199002001003');
INSERT INTO public.resident_address_terms VALUES ('县0', '330199002001004');
INSERT INTO public.resident_address_terms VALUES ('县0', '330199002001005');
INSERT INTO public.resident_address_terms VALUES ('县0', '330199002002001');
INSERT INTO public.resident_address_terms VALUES ('县0', '330199002002002');
INSERT INTO public.resident_address_terms VALUES ('县0', '330199002002003');
INSERT INTO public.resident_address_terms VALUES ('县0', '330199002002004');
INSERT INTO public.resident_address_terms VALUES ('县0', '330199002002005');
INSERT INTO public.resident_address_terms VALUES ('县0', '330199002003001');
INSERT INTO public.resident_address_terms VALUES ('县0', '330199002003002');
INSERT INTO public.resident_address_terms VALUES ('县0', '330199002003003');
INSERT INTO public.resident_address_terms VALUES ('县0', '330199002003004');
INSERT INTO public.resident_address_terms VALUES ('县0', '330199002003005');
INSERT INTO public.resident_address_terms VALUES ('县0', '330199002004001');
INSERT INTO public.resident_address_terms VALUES ('县0', '330199002004002');
INSERT INTO public.resident_address_terms VALUES ('县0', '330199002004003');
INSERT INTO public.resident_address_terms VALUES ('县0', '330199002004004');
INSERT INTO public.resident_address_terms VALUES ('县0', '330199002004005');
INSERT INTO public.resident_address_terms VALUES ('县00', '330199001001001');
INSERT INTO public.resident_address_terms VALUES ('县00', '330199001001002');
INSERT INTO public.resident_address_terms VALUES ('县00', '330199001001003');
INSERT INTO public.resident_address_terms VALUES ('县00', '330199001001004');
INSERT INTO public.resident_address_terms VALUES ('县00', '330199001001005');
INSERT INTO public.resident_address_terms VALUES ('县00', '330199001002001');
INSERT INTO public.resident_address_terms VALUES ('县00', '330199001002002');
INSERT INTO public.resident_address_terms VALUES ('县00', '330199001002003');
INSERT INTO public.resident_address_terms VALUES ('县00', '330199001002004');
INSERT INTO public.resident_address_terms VALUES ('县00', '330199001002005');
INSERT INTO public.resident_address_terms VALUES ('县00', '330199001003001');
INSERT INTO public.resident_address_terms VALUES ('县00', '330199001003002');
INSERT INTO public.resident_address_terms VALUES ('县00', '330199001003003');
INSERT INTO public.resident_address_terms VALUES ('县00', '330199001003004');
INSERT INTO public.resident_address_terms VALUES ('县00', '330199001003005');
INSERT INTO public.resident_address_terms VALUES ('县00', '330199001004001');
INSERT INTO public.resident_address_terms VALUES ('县00', '330199001004002');
INSERT INTO public.resident_address_terms VALUES ('县00', '330199001004003');
INSERT INTO public.resident_address_terms VALUES ('县00', '330199001004004');
INSERT INTO public.resident_address_terms VALUES ('县00', '330199001004005');
INSERT INTO public.resident_address_terms VALUES ('县00', '330199002001001');
INSERT INTO public.resident_address_terms VALUES ('县00', '330199002001002');
INSERT INTO public.resident_address_terms VALUES ('县00', '330199002001003');
INSERT INTO public.resident_address_terms VALUES ('县00', '330199002001004');
INSERT INTO public.resident_address_terms VALUES ('县00', '330199002001005');
INSERT INTO public.resident_address_terms VALUES ('县00', '330199002002001');
INSERT INTO public.resident_address_terms VALUES ('县00', '330199002002002');
INSERT INTO public.resident_address_terms VALUES ('县00', '330199002002003');
INSERT INTO public.resident_address_terms VALUES ('县00', '330199002002004');
INSERT INTO public.resident_address_terms VALUES ('县00', '330199002002005');
INSERT INTO public.resident_address_terms VALUES ('县00', '330199002003001');
INSERT INTO public.resident_address_terms VALUES ('县00', '330199002003002');
INSERT INTO public.resident_address_terms VALUES ('县00', '330199002003003');
INSERT INTO public.resident_address_terms VALUES ('县00', '330199002003004');
INSERT INTO public.resident_address_terms VALUES ('县00', '330199002003005');
INSERT INTO public.resident_address_terms VALUES ('县00', '330199002004001');
INSERT INTO public.resident_address_terms VALUES ('县00', '330199002004002');
INSERT INTO public.resident_address_terms VALUES ('县00', '330199002004003');
INSERT INTO public.resident_address_terms VALUES ('县00', '330199002004004');
INSERT INTO public.resident_address_terms VALUES ('县00', '330199002004005');
INSERT INTO public.resident_address_terms VALUES ('县2', '330199101201001');
INSERT INTO public.resident_address_terms VALUES ('县2', '330199101201002');
INSERT INTO public.resident_address_terms VALUES ('县2', '330199101201003');
INSERT INTO public.resident_address_terms VALUES ('县2', '330199101201004');
INSERT INTO public.resident_address_terms VALUES ('县2', '330199101201005');
INSERT INTO public.resident_address_terms VALUES ('县2', '330199101202001');
INSERT INTO public.resident_address_terms VALUES ('县2', '330199101202002');
INSERT INTO public.resident_address_terms VALUES ('县2', '330199101202003');
INSERT INTO public.resident_address_terms VALUES ('县2', '330199101202004');
INSERT INTO public.resident_address_terms VALUES ('县2', '330199101202005');
INSERT INTO public.resident_address_terms VALUES ('县2', '330199101203001');
INSERT INTO public.resident_address_terms VALUES ('县2', '330199101203002');
INSERT INTO public.resident_address_terms VALUES ('县2', '330199101203003');
INSERT INTO public.resident_address_terms VALUES ('县2', '330199101203004');
INSERT INTO public.resident_address_terms VALUES ('县2', '330199101203005');
INSERT INTO public.resident_address_terms VALUES ('县2', '330199101204001');
INSERT INTO public.resident_address_terms VALUES ('县2', '330199101204002');
INSERT INTO public.resident_address_terms VALUES ('县2', '330199101204003');
INSERT INTO public.resident_address_terms VALUES ('县2', '330199101204004');
INSERT INTO public.resident_address_terms VALUES ('县2', '330199101204005');
INSERT INTO public.resident_address_terms VALUES ('县20', '330199101201001');
INSERT INTO public.resident_address_terms VALUES ('县20', '330199101201002');
INSERT INTO public.resident_address_terms VALUES ('县20', '330199101201003');
INSERT INTO public.resident_address_terms VALUES ('县20', '330199101201004');
INSERT INTO public.resident_address_terms VALUES ('县20', '330199101201005');
INSERT INTO public.resident_address_terms VALUES ('县20', '330199101202001');
INSERT INTO public.resident_address_terms VALUES ('县20', '330199101202002');
INSERT INTO public.resident_address_terms VALUES ('县20', '330199101202003');
INSERT INTO public.resident_address_terms VALUES ('县20', '330199101202004');
INSERT INTO public.resident_address_terms VALUES ('县20', '330199101202005');
INSERT INTO public.resident_address_terms VALUES ('县20', '330199101203001');
INSERT INTO public.resident_address_terms VALUES ('县20', '330199101203002');
INSERT INTO public.resident_address_terms VALUES ('县20', '330199101203003');
INSERT INTO public.resident_address_terms VALUES ('县20', '330199101203004');
INSERT INTO public.resident_address_terms VALUES ('县20', '330199101203005');
INSERT INTO public.resident_address_terms VALUES ('县20', '330199101204001');
INSERT INTO public.resident_address_terms VALUES ('县20', '330199101204002');
INSERT INTO public.resident_address_terms VALUES ('县20', '330199101204003');
INSERT INTO public.resident_address_terms VALUES ('县20', '330199101204004');
INSERT INTO public.resident_address_terms VALUES ('县20', '330199101204005');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199001001001');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199001001002');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199001001003');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199001001004');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199001001005');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199001002001');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199001002002');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199001002003');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199001002004');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199001002005');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199001003001');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199001003002');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199001003003');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199001003004');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199001003005');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199001004001');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199001004002');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199001004003');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199001004004');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199001004005');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199002001001');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199002001002');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199002001003');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199002001004');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199002001005');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199002002001');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199002002002');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199002002003');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199002002004');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199002002005');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199002003001');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199002003002');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199002003003');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199002003004');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199002003005');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199002004001');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199002004002');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199002004003');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199002004004');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199002004005');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199101201001');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199101201002');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199101201003');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199101201004');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199101201005');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199101202001');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199101202002');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199101202003');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199101202004');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199101202005');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199101203001');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199101203002');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199101203003');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199101203004');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199101203005');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199101204001');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199101204002');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199101204003');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199101204004');
INSERT INTO public.resident_address_terms VALUES ('溪县', '330199101204005');
INSERT INTO public.resident_address_terms VALUES ('溪县0', '330199001001001');
INSERT INTO public.resident_address_terms VALUES ('溪县0', '330199001001002');
INSERT INTO public.resident_address_terms VALUES ('溪县0', '330199001001003');
INSERT INTO public.resident_address_terms VALUES ('溪县0', '330199001001004');
INSERT INTO public.resident_address_terms VALUES ('溪县0', '330199001001005');
INSERT INTO public.resident_address_terms VALUES ('溪县0', '330199001002001');
INSERT INTO public.resident_address_terms VALUES ('溪县0', '330199001002002');
INSERT INTO public.resident_address_terms VALUES ('溪县0', '330199001002003');
INSERT INTO public.resident_address_terms VALUES ('溪县0', '330199001002004');
INSERT INTO public.resident_address_terms VALUES ('溪县0', '330199001002005');
INSERT INTO public.resident_address_terms VALUES ('溪县0', '330199001003001');
INSERT INTO public.resident_address_terms VALUES ('溪县0', '330199001003002');
INSERT INTO public.resident_address_terms VALUES ('溪县0', '330199001003003');
INSERT INTO public.resident_address_terms VALUES ('溪县0', '330199001003004');
INSERT INTO public.resident_address_terms VALUES ('溪县0', '330199001003005');
INSERT INTO public.resident_address_terms VALUES ('溪县0', '330199001004001');
INSERT INTO public.resident_address_terms VALUES ('溪县0', '330199001004002');
INSERT INTO public.resident_address_terms VALUES ('溪县0', '330199001004003');
INSERT INTO public.resident_address_terms VALUES ('溪县0', '330199001004004');
INSERT INTO public.resident_address_terms VALUES ('溪县0', '330199001004005');
INSERT INTO public.resident_address_terms VALUES ('溪县0', '330199002001001');
INSERT INTO public.resident_address_terms VALUES ('溪县0', '330199002001002');
INSERT INTO public.resident_address_terms VALUES ('溪县0', '330199002001003');
INSERT INTO public.resident_address_terms VALUES ('溪县0', '330199002001004');
INSERT INTO public.resident_address_terms VALUES ('溪县0', '330199002001005');
INSERT INTO public.resident_address_terms VALUES ('溪县0', '330199002002001');
INSERT INTO public.resident_address_terms VALUES ('溪县0', '330199002002002');
INSERT INTO public.resident_address_terms VALUES ('溪县0', '330199002002003');
INSERT INTO public.resident_address_terms VALUES ('溪县0', '330199002002004');
INSERT INTO public.resident_address_terms VALUES ('溪县0', '330199002002005');
INSERT INTO public.resident_address_terms VALUES ('溪县0', '330199002003001');
INSERT INTO public.resident_address_terms VALUES ('溪县0', '330199002003002');
INSERT INTO public.resident_address_terms VALUES ('溪县0', '330199002003003');
INSERT INTO public.resident_address_terms VALUES ('溪县0', '330199002003004');
INSERT INTO public.resident_address_terms VALUES ('溪县0', '330199002003005');
INSERT INTO public.resident_address_terms VALUES ('溪县0', '330199002004001');
INSERT INTO public.resident_address_terms VALUES ('溪县0', '330199002004002');
INSERT INTO public.resident_address_terms VALUES ('溪县0', '330199002004003');
INSERT INTO public.resident_address_terms VALUES ('溪县0', '330199002004004');
INSERT INTO public.resident_address_terms VALUES ('溪县0', '330199002004005');
INSERT INTO public.resident_address_terms VALUES ('溪县2', '330199101201001');
INSERT INTO public.resident_address_terms VALUES ('溪县2', '330199101201002');
INSERT INTO public.resident_address_terms VALUES ('溪县2', '330199101201003');
INSERT INTO public.resident_address_terms VALUES ('溪县2', '330199101201004');
INSERT INTO public.resident_address_terms VALUES ('溪县2', '330199101201005');
INSERT INTO public.resident_address_terms VALUES ('溪县2', '330199101202001');
INSERT INTO public.resident_address_terms VALUES ('溪县2', '330199101202002');
INSERT INTO public.resident_address_terms VALUES ('溪县2', '330199101202003');
INSERT INTO public.resident_address_terms VALUES ('溪县2', '330199101202004');
INSERT INTO public.resident_address_terms VALUES ('溪县2', '330199101202005');
INSERT INTO public.resident_address_terms VALUES ('溪县2', '330199101203001');
INSERT INTO public.resident_address_terms VALUES ('溪县2', '330199101203002');
INSERT INTO public.resident_address_terms VALUES ('溪县2', '330199101203003');
INSERT INTO public.resident_address_terms VALUES ('溪县2', '330199101203004');
INSERT INTO public.resident_address_terms VALUES ('溪县2', '330199101203005');
INSERT INTO public.resident_address_terms VALUES ('溪县2', '330199101204001');
INSERT INTO public.resident_address_terms VALUES ('溪县2', '330199101204002');
INSERT INTO public.resident_address_terms VALUES ('溪县2', '330199101204003');
INSERT INTO public.resident_address_terms VALUES ('溪县2', '330199101204004');
INSERT INTO public.resident_address_terms VALUES ('溪县2', '330199101204005');


--
-- Data for Name: resident_conflicts; Type: TABLE DATA; Schema: public; Owner: postgres
--



--
-- Data for Name: resident_name_terms; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.resident_name_terms VALUES ('丽娟', '330199001001001', 'demo-resident-1');
INSERT INTO public.resident_name_terms VALUES ('丽娟', '330199001002003', 'demo-resident-38');
INSERT INTO public.resident_name_terms VALUES ('丽娟', '330199001003001', 'demo-resident-52');
INSERT INTO public.resident_name_terms VALUES ('丽娟', '330199001003003', 'demo-resident-65');
INSERT INTO public.resident_name_terms VALUES ('丽娟', '330199002001001', 'demo-resident-105');
INSERT INTO public.resident_name_terms VALUES ('丽娟', '330199002001003', 'demo-resident-112');
INSERT INTO public.resident_name_terms VALUES ('丽娟', '330199002001004', 'demo-resident-119');
INSERT INTO public.resident_name_terms VALUES ('丽娟', '330199002002001', 'demo-resident-129');
INSERT INTO public.resident_name_terms VALUES ('丽娟', '330199002002003', 'demo-resident-140');
INSERT INTO public.resident_name_terms VALUES ('丽娟', '330199101201004', 'demo-resident-216');
INSERT INTO public.resident_name_terms VALUES ('丽娟', '330199101202002', 'demo-resident-233');
INSERT INTO public.resident_name_terms VALUES ('丽娟', '330199101202002', 'demo-resident-234');
INSERT INTO public.resident_name_terms VALUES ('丽娟', '330199101202003', 'demo-resident-238');
INSERT INTO public.resident_name_terms VALUES ('丽娟', '330199101203001', 'demo-resident-253');
INSERT INTO public.resident_name_terms VALUES ('丽娟', '330199101203001', 'demo-resident-254');
INSERT INTO public.resident_name_terms VALUES ('丽娟', '330199101203002', 'demo-resident-257');
INSERT INTO public.resident_name_terms VALUES ('丽娟', '330199101203003', 'demo-resident-264');
INSERT INTO public.resident_name_terms VALUES ('丽娟', '330199101203004', 'demo-resident-270');
INSERT INTO public.resident_name_terms VALUES ('丽娟', '330199101203005', 'demo-resident-271');
INSERT INTO public.resident_name_terms VALUES ('丽娟', '330199101204003', 'demo-resident-288');
INSERT INTO public.resident_name_terms VALUES ('丽娟', '330199101204004', 'demo-resident-294');
INSERT INTO public.resident_name_terms VALUES ('何丽', '330199101203002', 'demo-resident-257');
INSERT INTO public.resident_name_terms VALUES ('何建', '330199002004001', 'demo-resident-179');
INSERT INTO public.resident_name_terms VALUES ('何志', '330199001004002', 'demo-resident-83');
INSERT INTO public.resident_name_terms VALUES ('何浩', '330199001001002', 'demo-resident-7');
INSERT INTO public.resident_name_terms VALUES ('何浩', '330199002003001', 'demo-resident-154');
INSERT INTO public.resident_name_terms VALUES ('何浩', '330199101201004', 'demo-resident-217');
INSERT INTO public.resident_name_terms VALUES ('何浩', '330199101202002', 'demo-resident-232');
INSERT INTO public.resident_name_terms VALUES ('何淑', '330199001003003', 'demo-resident-61');
INSERT INTO public.resident_name_terms VALUES ('俊杰', '330199001001003', 'demo-resident-15');
INSERT INTO public.resident_name_terms VALUES ('俊杰', '330199001002002', 'demo-resident-33');
INSERT INTO public.resident_name_terms VALUES ('俊杰', '330199001003001', 'demo-resident-51');
INSERT INTO public.resident_name_terms VALUES ('俊杰', '330199001003001', 'demo-resident-53');
INSERT INTO public.resident_name_terms VALUES ('俊杰', '330199001004001', 'demo-resident-80');
INSERT INTO public.resident_name_terms VALUES ('俊杰', '330199002001002', 'demo-resident-106');
INSERT INTO public.resident_name_terms VALUES ('俊杰', '330199002001005', 'demo-resident-121');
INSERT INTO public.resident_name_terms VALUES ('俊杰', '330199002002005', 'demo-resident-147');
INSERT INTO public.resident_name_terms VALUES ('俊杰', '330199002003004', 'demo-resident-166');
INSERT INTO public.resident_name_terms VALUES ('俊杰', '330199101202005', 'demo-resident-247');
INSERT INTO public.resident_name_terms VALUES ('俊杰', '330199101203003', 'demo-resident-261');
INSERT INTO public.resident_name_terms VALUES ('冯丽', '330199101204004', 'demo-resident-294');
INSERT INTO public.resident_name_terms VALUES ('冯国', '330199002001002', 'demo-resident-110');
INSERT INTO public.resident_name_terms VALUES ('冯国', '330199002002003', 'demo-resident-139');
INSERT INTO public.resident_name_terms VALUES ('冯子', '330199001004004', 'demo-resident-94');
INSERT INTO public.resident_name_terms VALUES ('冯子', '330199002001002', 'demo-resident-108');
INSERT INTO public.resident_name_terms VALUES ('冯子', '330199002004003', 'demo-resident-188');
INSERT INTO public.resident_name_terms VALUES ('冯宇', '330199001004001', 'demo-resident-77');
INSERT INTO public.resident_name_terms VALUES ('冯建', '330199101204001', 'demo-resident-276');
INSERT INTO public.resident_name_terms VALUES ('冯德', '330199002002001', 'demo-resident-128');
INSERT INTO public.resident_name_terms VALUES ('冯德', '330199002004004', 'demo-resident-191');
INSERT INTO public.resident_name_terms VALUES ('冯志', '330199002004005', 'demo-resident-199');
INSERT INTO public.resident_name_terms VALUES ('冯志', '330199101202005', 'demo-resident-248');
INSERT INTO public.resident_name_terms VALUES ('冯梓', '330199101201002', 'demo-resident-210');
INSERT INTO public.resident_name_terms VALUES ('冯梓', '330199101201003', 'demo-resident-213');
INSERT INTO public.resident_name_terms VALUES ('冯欣', '330199001003002', 'demo-resident-59');
INSERT INTO public.resident_name_terms VALUES ('冯浩', '330199001001005', 'demo-resident-25');
INSERT INTO public.resident_name_terms VALUES ('冯浩', '330199001002001', 'demo-resident-27');
INSERT INTO public.resident_name_terms VALUES ('冯浩', '330199001004004', 'demo-resident-92');
INSERT INTO public.resident_name_terms VALUES ('冯淑', '330199002003002', 'demo-resident-159');
INSERT INTO public.resident_name_terms VALUES ('冯淑', '330199002003004', 'demo-resident-167');
INSERT INTO public.resident_name_terms VALUES ('冯美', '330199001001003', 'demo-resident-13');
INSERT INTO public.resident_name_terms VALUES ('冯美', '330199001003003', 'demo-resident-63');
INSERT INTO public.resident_name_terms VALUES ('刘国', '330199002004001', 'demo-resident-180');
INSERT INTO public.resident_name_terms VALUES ('刘子', '330199002002003', 'demo-resident-138');
INSERT INTO public.resident_name_terms VALUES ('刘德', '330199101203001', 'demo-resident-252');
INSERT INTO public.resident_name_terms VALUES ('刘梓', '330199001003003', 'demo-resident-64');
INSERT INTO public.resident_name_terms VALUES ('刘梓', '330199101201002', 'demo-resident-207');
INSERT INTO public.resident_name_terms VALUES ('刘欣', '330199101204001', 'demo-resident-278');
INSERT INTO public.resident_name_terms VALUES ('吴子', '330199002003004', 'demo-resident-169');
INSERT INTO public.resident_name_terms VALUES ('吴宇', '330199002001001', 'demo-resident-104');
INSERT INTO public.resident_name_terms VALUES ('吴建', '330199001001004', 'demo-resident-17');
INSERT INTO public.resident_name_terms VALUES ('吴建', '330199101203003', 'demo-resident-263');
INSERT INTO public.resident_name_terms VALUES ('吴德', '330199002003004', 'demo-resident-168');
INSERT INTO public.resident_name_terms VALUES ('吴梓', '330199101202004', 'demo-resident-242');
INSERT INTO public.resident_name_terms VALUES ('周丽', '330199101202003', 'demo-resident-238');
INSERT INTO public.resident_name_terms VALUES ('周宇', '330199101204004', 'demo-resident-291');
INSERT INTO public.resident_name_terms VALUES ('周建', '330199001002004', 'demo-resident-41');
INSERT INTO public.resident_name_terms VALUES ('周建', '330199101202004', 'demo-resident-243');
INSERT INTO public.resident_name_terms VALUES ('周德', '330199002004001', 'demo-resident-178');
INSERT INTO public.resident_name_terms VALUES ('周志', '330199101204002', 'demo-resident-285');
INSERT INTO public.resident_name_terms VALUES ('周梓', '330199002003003', 'demo-resident-165');
INSERT INTO public.resident_name_terms VALUES ('周淑', '330199001001002', 'demo-resident-8');
INSERT INTO public.resident_name_terms VALUES ('周美', '330199001002004', 'demo-resident-45');
INSERT INTO public.resident_name_terms VALUES ('周雨', '330199001004001', 'demo-resident-79');
INSERT INTO public.resident_name_terms VALUES ('周雨', '330199002001005', 'demo-resident-124');
INSERT INTO public.resident_name_terms VALUES ('唐俊', '330199002002005', 'demo-resident-147');
INSERT INTO public.resident_name_terms VALUES ('唐国', '330199101204004', 'demo-resident-292');
INSERT INTO public.resident_name_terms VALUES ('唐子', '330199001004003', 'demo-resident-89');
INSERT INTO public.resident_name_terms VALUES ('唐宇', '330199001003002', 'demo-resident-57');
INSERT INTO public.resident_name_terms VALUES ('唐志', '330199001003005', 'demo-resident-73');
INSERT INTO public.resident_name_terms VALUES ('唐志', '330199101203005', 'demo-resident-274');
INSERT INTO public.resident_name_terms VALUES ('唐浩', '330199001001004', 'demo-resident-19');
INSERT INTO public.resident_name_terms VALUES ('唐秀', '330199101201002', 'demo-resident-209');
INSERT INTO public.resident_name_terms VALUES ('唐雨', '330199002004004', 'demo-resident-195');
INSERT INTO public.resident_name_terms VALUES ('国强', '330199001001001', 'demo-resident-3');
INSERT INTO public.resident_name_terms VALUES ('国强', '330199001002003', 'demo-resident-36');
INSERT INTO public.resident_name_terms VALUES ('国强', '330199001002005', 'demo-resident-49');
INSERT INTO public.resident_name_terms VALUES ('国强', '330199001004003', 'demo-resident-86');
INSERT INTO public.resident_name_terms VALUES ('国强', '330199001004005', 'demo-resident-96');
INSERT INTO public.resident_name_terms VALUES ('国强', '330199002001002', 'demo-resident-110');
INSERT INTO public.resident_name_terms VALUES ('国强', '330199002002002', 'demo-resident-133');
INSERT INTO public.resident_name_terms VALUES ('国强', '330199002002003', 'demo-resident-139');
INSERT INTO public.resident_name_terms VALUES ('国强', '330199002004001', 'demo-resident-180');
INSERT INTO public.resident_name_terms VALUES ('国强', '330199002004002', 'demo-resident-183');
INSERT INTO public.resident_name_terms VALUES ('国强', '330199002004003', 'demo-resident-189');
INSERT INTO public.resident_name_terms VALUES ('国强', '330199101201001', 'demo-resident-201');
INSERT INTO public.resident_name_terms VALUES ('国强', '330199101201004', 'demo-resident-220');
INSERT INTO public.resident_name_terms VALUES ('国强', '330199101201005', 'demo-resident-221');
INSERT INTO public.resident_name_terms VALUES ('国强', '330199101201005', 'demo-resident-222');
INSERT INTO public.resident_name_terms VALUES ('国强', '330199101201005', 'demo-resident-223');
INSERT INTO public.resident_name_terms VALUES ('国强', '330199101203002', 'demo-resident-260');
INSERT INTO public.resident_name_terms VALUES ('国强', '330199101204001', 'demo-resident-277');
INSERT INTO public.resident_name_terms VALUES ('国强', '330199101204001', 'demo-resident-280');
INSERT INTO public.resident_name_terms VALUES ('国强', '330199101204002', 'demo-resident-282');
INSERT INTO public.resident_name_terms VALUES ('国强', '330199101204004', 'demo-resident-292');
INSERT INTO public.resident_name_terms VALUES ('子涵', '330199001001003', 'demo-resident-12');
INSERT INTO public.resident_name_terms VALUES ('子涵', '330199001002005', 'demo-resident-46');
INSERT INTO public.resident_name_terms VALUES ('子涵', '330199001003002', 'demo-resident-56');
INSERT INTO public.resident_name_terms VALUES ('子涵', '330199001004003', 'demo-resident-89');
INSERT INTO public.resident_name_terms VALUES ('子涵', '330199001004004', 'demo-resident-94');
INSERT INTO public.resident_name_terms VALUES ('子涵', '330199001004005', 'demo-resident-100');
INSERT INTO public.resident_name_terms VALUES ('子涵', '330199002001002', 'demo-resident-108');
INSERT INTO public.resident_name_terms VALUES ('子涵', '330199002002001', 'demo-resident-127');
INSERT INTO public.resident_name_terms VALUES ('子涵', '330199002002003', 'demo-resident-138');
INSERT INTO public.resident_name_terms VALUES ('子涵', '330199002003002', 'demo-resident-157');
INSERT INTO public.resident_name_terms VALUES ('子涵', '330199002003004', 'demo-resident-169');
INSERT INTO public.resident_name_terms VALUES ('子涵', '330199002004002', 'demo-resident-181');
INSERT INTO public.resident_name_terms VALUES ('子涵', '330199002004003', 'demo-resident-188');
INSERT INTO public.resident_name_terms VALUES ('子涵', '330199101201002', 'demo-resident-208');
INSERT INTO public.resident_name_terms VALUES ('子涵', '330199101202001', 'demo-resident-229');
INSERT INTO public.resident_name_terms VALUES ('子涵', '330199101202001', 'demo-resident-230');
INSERT INTO public.resident_name_terms VALUES ('子涵', '330199101203002', 'demo-resident-256');
INSERT INTO public.resident_name_terms VALUES ('子涵', '330199101204002', 'demo-resident-283');
INSERT INTO public.resident_name_terms VALUES ('子涵', '330199101204003', 'demo-resident-290');
INSERT INTO public.resident_name_terms VALUES ('孙丽', '330199101203005', 'demo-resident-271');
INSERT INTO public.resident_name_terms VALUES ('孙建', '330199001001002', 'demo-resident-6');
INSERT INTO public.resident_name_terms VALUES ('孙德', '330199001001002', 'demo-resident-9');
INSERT INTO public.resident_name_terms VALUES ('孙德', '330199101204005', 'demo-resident-297');
INSERT INTO public.resident_name_terms VALUES ('孙志', '330199101201004', 'demo-resident-219');
INSERT INTO public.resident_name_terms VALUES ('孙梓', '330199101202005', 'demo-resident-250');
INSERT INTO public.resident_name_terms VALUES ('孙淑', '330199001001004', 'demo-resident-18');
INSERT INTO public.resident_name_terms VALUES ('孙淑', '330199002001003', 'demo-resident-114');
INSERT INTO public.resident_name_terms VALUES ('孙雨', '330199002002004', 'demo-resident-143');
INSERT INTO public.resident_name_terms VALUES ('宇轩', '330199001001005', 'demo-resident-22');
INSERT INTO public.resident_name_terms VALUES ('宇轩', '330199001002004', 'demo-resident-42');
INSERT INTO public.resident_name_terms VALUES ('宇轩', '330199001002004', 'demo-resident-43');
INSERT INTO public.resident_name_terms VALUES ('宇轩', '330199001003002', 'demo-resident-57');
INSERT INTO public.resident_name_terms VALUES ('宇轩', '330199001003005', 'demo-resident-75');
INSERT INTO public.resident_name_terms VALUES ('宇轩', '330199001004001', 'demo-resident-77');
INSERT INTO public.resident_name_terms VALUES ('宇轩', '330199002001001', 'demo-resident-104');
INSERT INTO public.resident_name_terms VALUES ('宇轩', '330199002001003', 'demo-resident-115');
INSERT INTO public.resident_name_terms VALUES ('宇轩', '330199002002001', 'demo-resident-126');
INSERT INTO public.resident_name_terms VALUES ('宇轩', '330199002003005', 'demo-resident-174');
INSERT INTO public.resident_name_terms VALUES ('宇轩', '330199002004001', 'demo-resident-177');
INSERT INTO public.resident_name_terms VALUES ('宇轩', '330199002004003', 'demo-resident-187');
INSERT INTO public.resident_name_terms VALUES ('宇轩', '330199002004003', 'demo-resident-190');
INSERT INTO public.resident_name_terms VALUES ('宇轩', '330199101202001', 'demo-resident-228');
INSERT INTO public.resident_name_terms VALUES ('宇轩', '330199101202003', 'demo-resident-237');
INSERT INTO public.resident_name_terms VALUES ('宇轩', '330199101202003', 'demo-resident-240');
INSERT INTO public.resident_name_terms VALUES ('宇轩', '330199101203003', 'demo-resident-262');
INSERT INTO public.resident_name_terms VALUES ('宇轩', '330199101204004', 'demo-resident-291');
INSERT INTO public.resident_name_terms VALUES ('宇轩', '330199101204004', 'demo-resident-293');
INSERT INTO public.resident_name_terms VALUES ('宇轩', '330199101204004', 'demo-resident-295');
INSERT INTO public.resident_name_terms VALUES ('宇轩', '330199101204005', 'demo-resident-299');
INSERT INTO public.resident_name_terms VALUES ('宋丽', '330199101201004', 'demo-resident-216');
INSERT INTO public.resident_name_terms VALUES ('宋丽', '330199101202002', 'demo-resident-234');
INSERT INTO public.resident_name_terms VALUES ('宋国', '330199101201004', 'demo-resident-220');
INSERT INTO public.resident_name_terms VALUES ('宋德', '330199002001002', 'demo-resident-109');
INSERT INTO public.resident_name_terms VALUES ('宋淑', '330199001004005', 'demo-resident-97');
INSERT INTO public.resident_name_terms VALUES ('宋淑', '330199002001005', 'demo-resident-123');
INSERT INTO public.resident_name_terms VALUES ('宋秀', '330199002001003', 'demo-resident-113');
INSERT INTO public.resident_name_terms VALUES ('宋美', '330199101201001', 'demo-resident-202');
INSERT INTO public.resident_name_terms VALUES ('建平', '330199001001002', 'demo-resident-6');
INSERT INTO public.resident_name_terms VALUES ('建平', '330199001001004', 'demo-resident-17');
INSERT INTO public.resident_name_terms VALUES ('建平', '330199001001005', 'demo-resident-21');
INSERT INTO public.resident_name_terms VALUES ('建平', '330199001001005', 'demo-resident-24');
INSERT INTO public.resident_name_terms VALUES ('建平', '330199001002003', 'demo-resident-40');
INSERT INTO public.resident_name_terms VALUES ('建平', '330199001002004', 'demo-resident-41');
INSERT INTO public.resident_name_terms VALUES ('建平', '330199001003003', 'demo-resident-62');
INSERT INTO public.resident_name_terms VALUES ('建平', '330199001003005', 'demo-resident-74');
INSERT INTO public.resident_name_terms VALUES ('建平', '330199001004001', 'demo-resident-78');
INSERT INTO public.resident_name_terms VALUES ('建平', '330199001004003', 'demo-resident-87');
INSERT INTO public.resident_name_terms VALUES ('建平', '330199002001004', 'demo-resident-116');
INSERT INTO public.resident_name_terms VALUES ('建平', '330199002002003', 'demo-resident-137');
INSERT INTO public.resident_name_terms VALUES ('建平', '330199002004001', 'demo-resident-176');
INSERT INTO public.resident_name_terms VALUES ('建平', '330199002004001', 'demo-resident-179');
INSERT INTO public.resident_name_terms VALUES ('建平', '330199101201001', 'demo-resident-203');
INSERT INTO public.resident_name_terms VALUES ('建平', '330199101202004', 'demo-resident-243');
INSERT INTO public.resident_name_terms VALUES ('建平', '330199101202004', 'demo-resident-244');
INSERT INTO public.resident_name_terms VALUES ('建平', '330199101203003', 'demo-resident-263');
INSERT INTO public.resident_name_terms VALUES ('建平', '330199101204001', 'demo-resident-276');
INSERT INTO public.resident_name_terms VALUES ('张丽', '330199002001003', 'demo-resident-112');
INSERT INTO public.resident_name_terms VALUES ('张宇', '330199002002001', 'demo-resident-126');
INSERT INTO public.resident_name_terms VALUES ('张建', '330199001001005', 'demo-resident-21');
INSERT INTO public.resident_name_terms VALUES ('张德', '330199001004002', 'demo-resident-84');
INSERT INTO public.resident_name_terms VALUES ('张德', '330199002003005', 'demo-resident-172');
INSERT INTO public.resident_name_terms VALUES ('张德', '330199002003005', 'demo-resident-175');
INSERT INTO public.resident_name_terms VALUES ('张欣', '330199101201003', 'demo-resident-215');
INSERT INTO public.resident_name_terms VALUES ('张淑', '330199101202002', 'demo-resident-231');
INSERT INTO public.resident_name_terms VALUES ('张秀', '330199001001003', 'demo-resident-11');
INSERT INTO public.resident_name_terms VALUES ('张秀', '330199001004005', 'demo-resident-99');
INSERT INTO public.resident_name_terms VALUES ('张秀', '330199101202004', 'demo-resident-241');
INSERT INTO public.resident_name_terms VALUES ('徐丽', '330199001001001', 'demo-resident-1');
INSERT INTO public.resident_name_terms VALUES ('徐俊', '330199001003001', 'demo-resident-53');
INSERT INTO public.resident_name_terms VALUES ('徐国', '330199101204002', 'demo-resident-282');
INSERT INTO public.resident_name_terms VALUES ('徐建', '330199002001004', 'demo-resident-116');
INSERT INTO public.resident_name_terms VALUES ('徐德', '330199001003004', 'demo-resident-70');
INSERT INTO public.resident_name_terms VALUES ('徐梓', '330199002002004', 'demo-resident-145');
INSERT INTO public.resident_name_terms VALUES ('徐淑', '330199001002004', 'demo-resident-44');
INSERT INTO public.resident_name_terms VALUES ('徐秀', '330199001003004', 'demo-resident-67');
INSERT INTO public.resident_name_terms VALUES ('徐美', '330199002002002', 'demo-resident-135');
INSERT INTO public.resident_name_terms VALUES ('徐雨', '330199001003004', 'demo-resident-66');
INSERT INTO public.resident_name_terms VALUES ('德华', '330199001001002', 'demo-resident-9');
INSERT INTO public.resident_name_terms VALUES ('德华', '330199001001004', 'demo-resident-20');
INSERT INTO public.resident_name_terms VALUES ('德华', '330199001002005', 'demo-resident-50');
INSERT INTO public.resident_name_terms VALUES ('德华', '330199001003004', 'demo-resident-70');
INSERT INTO public.resident_name_terms VALUES ('德华', '330199001004002', 'demo-resident-84');
INSERT INTO public.resident_name_terms VALUES ('德华', '330199002001002', 'demo-resident-109');
INSERT INTO public.resident_name_terms VALUES ('德华', '330199002002001', 'demo-resident-128');
INSERT INTO public.resident_name_terms VALUES ('德华', '330199002003004', 'demo-resident-168');
INSERT INTO public.resident_name_terms VALUES ('德华', '330199002003005', 'demo-resident-172');
INSERT INTO public.resident_name_terms VALUES ('德华', '330199002003005', 'demo-resident-175');
INSERT INTO public.resident_name_terms VALUES ('德华', '330199002004001', 'demo-resident-178');
INSERT INTO public.resident_name_terms VALUES ('德华', '330199002004004', 'demo-resident-191');
INSERT INTO public.resident_name_terms VALUES ('德华', '330199002004005', 'demo-resident-196');
INSERT INTO public.resident_name_terms VALUES ('德华', '330199101201001', 'demo-resident-205');
INSERT INTO public.resident_name_terms VALUES ('德华', '330199101202001', 'demo-resident-226');
INSERT INTO public.resident_name_terms VALUES ('德华', '330199101203001', 'demo-resident-252');
INSERT INTO public.resident_name_terms VALUES ('德华', '330199101203004', 'demo-resident-269');
INSERT INTO public.resident_name_terms VALUES ('德华', '330199101203005', 'demo-resident-272');
INSERT INTO public.resident_name_terms VALUES ('德华', '330199101204001', 'demo-resident-279');
INSERT INTO public.resident_name_terms VALUES ('德华', '330199101204005', 'demo-resident-297');
INSERT INTO public.resident_name_terms VALUES ('志明', '330199001001001', 'demo-resident-4');
INSERT INTO public.resident_name_terms VALUES ('志明', '330199001003004', 'demo-resident-68');
INSERT INTO public.resident_name_terms VALUES ('志明', '330199001003005', 'demo-resident-71');
INSERT INTO public.resident_name_terms VALUES ('志明', '330199001003005', 'demo-resident-73');
INSERT INTO public.resident_name_terms VALUES ('志明', '330199001004002', 'demo-resident-83');
INSERT INTO public.resident_name_terms VALUES ('志明', '330199002001001', 'demo-resident-102');
INSERT INTO public.resident_name_terms VALUES ('志明', '330199002002002', 'demo-resident-134');
INSERT INTO public.resident_name_terms VALUES ('志明', '330199002002005', 'demo-resident-150');
INSERT INTO public.resident_name_terms VALUES ('志明', '330199002003002', 'demo-resident-160');
INSERT INTO public.resident_name_terms VALUES ('志明', '330199002003003', 'demo-resident-163');
INSERT INTO public.resident_name_terms VALUES ('志明', '330199002004005', 'demo-resident-199');
INSERT INTO public.resident_name_terms VALUES ('志明', '330199101201004', 'demo-resident-219');
INSERT INTO public.resident_name_terms VALUES ('志明', '330199101202002', 'demo-resident-235');
INSERT INTO public.resident_name_terms VALUES ('志明', '330199101202003', 'demo-resident-236');
INSERT INTO public.resident_name_terms VALUES ('志明', '330199101202005', 'demo-resident-248');
INSERT INTO public.resident_name_terms VALUES ('志明', '330199101203001', 'demo-resident-251');
INSERT INTO public.resident_name_terms VALUES ('志明', '330199101203005', 'demo-resident-274');
INSERT INTO public.resident_name_terms VALUES ('志明', '330199101204002', 'demo-resident-285');
INSERT INTO public.resident_name_terms VALUES ('志明', '330199101204005', 'demo-resident-300');
INSERT INTO public.resident_name_terms VALUES ('曹国', '330199002004003', 'demo-resident-189');
INSERT INTO public.resident_name_terms VALUES ('曹宇', '330199101204004', 'demo-resident-293');
INSERT INTO public.resident_name_terms VALUES ('曹德', '330199001001004', 'demo-resident-20');
INSERT INTO public.resident_name_terms VALUES ('曹德', '330199101201001', 'demo-resident-205');
INSERT INTO public.resident_name_terms VALUES ('曹志', '330199002003003', 'demo-resident-163');
INSERT INTO public.resident_name_terms VALUES ('曹梓', '330199002004004', 'demo-resident-194');
INSERT INTO public.resident_name_terms VALUES ('曹欣', '330199002001005', 'demo-resident-122');
INSERT INTO public.resident_name_terms VALUES ('曹浩', '330199101201005', 'demo-resident-225');
INSERT INTO public.resident_name_terms VALUES ('曹美', '330199002001001', 'demo-resident-101');
INSERT INTO public.resident_name_terms VALUES ('曹美', '330199002004002', 'demo-resident-184');
INSERT INTO public.resident_name_terms VALUES ('曹雨', '330199001002002', 'demo-resident-31');
INSERT INTO public.resident_name_terms VALUES ('朱丽', '330199001003001', 'demo-resident-52');
INSERT INTO public.resident_name_terms VALUES ('朱俊', '330199101203003', 'demo-resident-261');
INSERT INTO public.resident_name_terms VALUES ('朱国', '330199002004002', 'demo-resident-183');
INSERT INTO public.resident_name_terms VALUES ('朱宇', '330199002004001', 'demo-resident-177');
INSERT INTO public.resident_name_terms VALUES ('朱建', '330199001004003', 'demo-resident-87');
INSERT INTO public.resident_name_terms VALUES ('朱德', '330199001002005', 'demo-resident-50');
INSERT INTO public.resident_name_terms VALUES ('朱淑', '330199101202004', 'demo-resident-245');
INSERT INTO public.resident_name_terms VALUES ('朱秀', '330199002002005', 'demo-resident-149');
INSERT INTO public.resident_name_terms VALUES ('朱秀', '330199002003001', 'demo-resident-153');
INSERT INTO public.resident_name_terms VALUES ('朱秀', '330199002004003', 'demo-resident-186');
INSERT INTO public.resident_name_terms VALUES ('朱美', '330199001001005', 'demo-resident-23');
INSERT INTO public.resident_name_terms VALUES ('朱美', '330199001004004', 'demo-resident-91');
INSERT INTO public.resident_name_terms VALUES ('朱雨', '330199002002004', 'demo-resident-144');
INSERT INTO public.resident_name_terms VALUES ('朱雨', '330199101203001', 'demo-resident-255');
INSERT INTO public.resident_name_terms VALUES ('李丽', '330199002002001', 'demo-resident-129');
INSERT INTO public.resident_name_terms VALUES ('李子', '330199001003002', 'demo-resident-56');
INSERT INTO public.resident_name_terms VALUES ('李宇', '330199001003005', 'demo-resident-75');
INSERT INTO public.resident_name_terms VALUES ('李德', '330199101203005', 'demo-resident-272');
INSERT INTO public.resident_name_terms VALUES ('李梓', '330199001004002', 'demo-resident-85');
INSERT INTO public.resident_name_terms VALUES ('李浩', '330199002001004', 'demo-resident-117');
INSERT INTO public.resident_name_terms VALUES ('李秀', '330199002003003', 'demo-resident-162');
INSERT INTO public.resident_name_terms VALUES ('李美', '330199001004003', 'demo-resident-90');
INSERT INTO public.resident_name_terms VALUES ('李雨', '330199001003002', 'demo-resident-60');
INSERT INTO public.resident_name_terms VALUES ('李雨', '330199002001004', 'demo-resident-118');
INSERT INTO public.resident_name_terms VALUES ('杨俊', '330199001002002', 'demo-resident-33');
INSERT INTO public.resident_name_terms VALUES ('杨俊', '330199001003001', 'demo-resident-51');
INSERT INTO public.resident_name_terms VALUES ('杨国', '330199001004003', 'demo-resident-86');
INSERT INTO public.resident_name_terms VALUES ('杨国', '330199101201001', 'demo-resident-201');
INSERT INTO public.resident_name_terms VALUES ('杨国', '330199101201005', 'demo-resident-223');
INSERT INTO public.resident_name_terms VALUES ('杨子', '330199101203002', 'demo-resident-256');
INSERT INTO public.resident_name_terms VALUES ('杨宇', '330199101203003', 'demo-resident-262');
INSERT INTO public.resident_name_terms VALUES ('杨建', '330199101201001', 'demo-resident-203');
INSERT INTO public.resident_name_terms VALUES ('杨志', '330199002002005', 'demo-resident-150');
INSERT INTO public.resident_name_terms VALUES ('杨欣', '330199002002005', 'demo-resident-146');
INSERT INTO public.resident_name_terms VALUES ('杨浩', '330199001004005', 'demo-resident-98');
INSERT INTO public.resident_name_terms VALUES ('杨秀', '330199002002004', 'demo-resident-142');
INSERT INTO public.resident_name_terms VALUES ('杨雨', '330199101203004', 'demo-resident-267');
INSERT INTO public.resident_name_terms VALUES ('林俊', '330199002001002', 'demo-resident-106');
INSERT INTO public.resident_name_terms VALUES ('林国', '330199101201005', 'demo-resident-221');
INSERT INTO public.resident_name_terms VALUES ('林子', '330199002004002', 'demo-resident-181');
INSERT INTO public.resident_name_terms VALUES ('林建', '330199101202004', 'demo-resident-244');
INSERT INTO public.resident_name_terms VALUES ('林德', '330199101202001', 'demo-resident-226');
INSERT INTO public.resident_name_terms VALUES ('林梓', '330199001001004', 'demo-resident-16');
INSERT INTO public.resident_name_terms VALUES ('林浩', '330199101202005', 'demo-resident-246');
INSERT INTO public.resident_name_terms VALUES ('林美', '330199101202001', 'demo-resident-227');
INSERT INTO public.resident_name_terms VALUES ('林雨', '330199002003001', 'demo-resident-152');
INSERT INTO public.resident_name_terms VALUES ('梁国', '330199001002005', 'demo-resident-49');
INSERT INTO public.resident_name_terms VALUES ('梁国', '330199001004005', 'demo-resident-96');
INSERT INTO public.resident_name_terms VALUES ('梁建', '330199001002003', 'demo-resident-40');
INSERT INTO public.resident_name_terms VALUES ('梁志', '330199001003005', 'demo-resident-71');
INSERT INTO public.resident_name_terms VALUES ('梁梓', '330199002002002', 'demo-resident-132');
INSERT INTO public.resident_name_terms VALUES ('梁浩', '330199002002001', 'demo-resident-130');
INSERT INTO public.resident_name_terms VALUES ('梁美', '330199101201002', 'demo-resident-206');
INSERT INTO public.resident_name_terms VALUES ('梓萱', '330199001001004', 'demo-resident-16');
INSERT INTO public.resident_name_terms VALUES ('梓萱', '330199001002001', 'demo-resident-30');
INSERT INTO public.resident_name_terms VALUES ('梓萱', '330199001002002', 'demo-resident-34');
INSERT INTO public.resident_name_terms VALUES ('梓萱', '330199001003003', 'demo-resident-64');
INSERT INTO public.resident_name_terms VALUES ('梓萱', '330199001004002', 'demo-resident-85');
INSERT INTO public.resident_name_terms VALUES ('梓萱', '330199001004003', 'demo-resident-88');
INSERT INTO public.resident_name_terms VALUES ('梓萱', '330199001004004', 'demo-resident-95');
INSERT INTO public.resident_name_terms VALUES ('梓萱', '330199002002002', 'demo-resident-132');
INSERT INTO public.resident_name_terms VALUES ('梓萱', '330199002002004', 'demo-resident-141');
INSERT INTO public.resident_name_terms VALUES ('梓萱', '330199002002004', 'demo-resident-145');
INSERT INTO public.resident_name_terms VALUES ('梓萱', '330199002003001', 'demo-resident-155');
INSERT INTO public.resident_name_terms VALUES ('梓萱', '330199002003003', 'demo-resident-161');
INSERT INTO public.resident_name_terms VALUES ('梓萱', '330199002003003', 'demo-resident-165');
INSERT INTO public.resident_name_terms VALUES ('梓萱', '330199002004004', 'demo-resident-194');
INSERT INTO public.resident_name_terms VALUES ('梓萱', '330199101201002', 'demo-resident-207');
INSERT INTO public.resident_name_terms VALUES ('梓萱', '330199101201002', 'demo-resident-210');
INSERT INTO public.resident_name_terms VALUES ('梓萱', '330199101201003', 'demo-resident-213');
INSERT INTO public.resident_name_terms VALUES ('美兰', '330199001001003', 'demo-resident-13');
INSERT INTO public.resident_name_terms VALUES ('梓萱', '330199101201003', 'demo-resident-214');
INSERT INTO public.resident_name_terms VALUES ('梓萱', '330199101201004', 'demo-resident-218');
INSERT INTO public.resident_name_terms VALUES ('梓萱', '330199101202004', 'demo-resident-242');
INSERT INTO public.resident_name_terms VALUES ('梓萱', '330199101202005', 'demo-resident-250');
INSERT INTO public.resident_name_terms VALUES ('梓萱', '330199101204005', 'demo-resident-298');
INSERT INTO public.resident_name_terms VALUES ('欣怡', '330199001002002', 'demo-resident-35');
INSERT INTO public.resident_name_terms VALUES ('欣怡', '330199001002005', 'demo-resident-47');
INSERT INTO public.resident_name_terms VALUES ('欣怡', '330199001003002', 'demo-resident-59');
INSERT INTO public.resident_name_terms VALUES ('欣怡', '330199002001005', 'demo-resident-122');
INSERT INTO public.resident_name_terms VALUES ('欣怡', '330199002002003', 'demo-resident-136');
INSERT INTO public.resident_name_terms VALUES ('欣怡', '330199002002005', 'demo-resident-146');
INSERT INTO public.resident_name_terms VALUES ('欣怡', '330199002002005', 'demo-resident-148');
INSERT INTO public.resident_name_terms VALUES ('欣怡', '330199002003002', 'demo-resident-156');
INSERT INTO public.resident_name_terms VALUES ('欣怡', '330199002004004', 'demo-resident-192');
INSERT INTO public.resident_name_terms VALUES ('欣怡', '330199002004005', 'demo-resident-197');
INSERT INTO public.resident_name_terms VALUES ('欣怡', '330199101201003', 'demo-resident-215');
INSERT INTO public.resident_name_terms VALUES ('欣怡', '330199101203005', 'demo-resident-275');
INSERT INTO public.resident_name_terms VALUES ('欣怡', '330199101204001', 'demo-resident-278');
INSERT INTO public.resident_name_terms VALUES ('欣怡', '330199101204005', 'demo-resident-296');
INSERT INTO public.resident_name_terms VALUES ('浩然', '330199001001002', 'demo-resident-7');
INSERT INTO public.resident_name_terms VALUES ('浩然', '330199001001004', 'demo-resident-19');
INSERT INTO public.resident_name_terms VALUES ('浩然', '330199001001005', 'demo-resident-25');
INSERT INTO public.resident_name_terms VALUES ('浩然', '330199001002001', 'demo-resident-27');
INSERT INTO public.resident_name_terms VALUES ('浩然', '330199001002001', 'demo-resident-29');
INSERT INTO public.resident_name_terms VALUES ('浩然', '330199001002002', 'demo-resident-32');
INSERT INTO public.resident_name_terms VALUES ('浩然', '330199001003002', 'demo-resident-58');
INSERT INTO public.resident_name_terms VALUES ('浩然', '330199001004004', 'demo-resident-92');
INSERT INTO public.resident_name_terms VALUES ('浩然', '330199001004004', 'demo-resident-93');
INSERT INTO public.resident_name_terms VALUES ('浩然', '330199001004005', 'demo-resident-98');
INSERT INTO public.resident_name_terms VALUES ('浩然', '330199002001002', 'demo-resident-107');
INSERT INTO public.resident_name_terms VALUES ('浩然', '330199002001003', 'demo-resident-111');
INSERT INTO public.resident_name_terms VALUES ('浩然', '330199002001004', 'demo-resident-117');
INSERT INTO public.resident_name_terms VALUES ('浩然', '330199002001004', 'demo-resident-120');
INSERT INTO public.resident_name_terms VALUES ('浩然', '330199002001005', 'demo-resident-125');
INSERT INTO public.resident_name_terms VALUES ('浩然', '330199002002001', 'demo-resident-130');
INSERT INTO public.resident_name_terms VALUES ('浩然', '330199002003001', 'demo-resident-154');
INSERT INTO public.resident_name_terms VALUES ('浩然', '330199002003004', 'demo-resident-170');
INSERT INTO public.resident_name_terms VALUES ('浩然', '330199002003005', 'demo-resident-171');
INSERT INTO public.resident_name_terms VALUES ('浩然', '330199002004002', 'demo-resident-182');
INSERT INTO public.resident_name_terms VALUES ('浩然', '330199002004005', 'demo-resident-200');
INSERT INTO public.resident_name_terms VALUES ('浩然', '330199101201004', 'demo-resident-217');
INSERT INTO public.resident_name_terms VALUES ('浩然', '330199101201005', 'demo-resident-225');
INSERT INTO public.resident_name_terms VALUES ('浩然', '330199101202002', 'demo-resident-232');
INSERT INTO public.resident_name_terms VALUES ('浩然', '330199101202005', 'demo-resident-246');
INSERT INTO public.resident_name_terms VALUES ('浩然', '330199101203002', 'demo-resident-258');
INSERT INTO public.resident_name_terms VALUES ('浩然', '330199101204002', 'demo-resident-281');
INSERT INTO public.resident_name_terms VALUES ('浩然', '330199101204002', 'demo-resident-284');
INSERT INTO public.resident_name_terms VALUES ('浩然', '330199101204003', 'demo-resident-289');
INSERT INTO public.resident_name_terms VALUES ('淑芬', '330199001001002', 'demo-resident-8');
INSERT INTO public.resident_name_terms VALUES ('淑芬', '330199001001003', 'demo-resident-14');
INSERT INTO public.resident_name_terms VALUES ('淑芬', '330199001001004', 'demo-resident-18');
INSERT INTO public.resident_name_terms VALUES ('淑芬', '330199001002003', 'demo-resident-37');
INSERT INTO public.resident_name_terms VALUES ('淑芬', '330199001002004', 'demo-resident-44');
INSERT INTO public.resident_name_terms VALUES ('淑芬', '330199001003003', 'demo-resident-61');
INSERT INTO public.resident_name_terms VALUES ('淑芬', '330199001003004', 'demo-resident-69');
INSERT INTO public.resident_name_terms VALUES ('淑芬', '330199001004002', 'demo-resident-82');
INSERT INTO public.resident_name_terms VALUES ('淑芬', '330199001004005', 'demo-resident-97');
INSERT INTO public.resident_name_terms VALUES ('淑芬', '330199002001003', 'demo-resident-114');
INSERT INTO public.resident_name_terms VALUES ('淑芬', '330199002001005', 'demo-resident-123');
INSERT INTO public.resident_name_terms VALUES ('淑芬', '330199002002002', 'demo-resident-131');
INSERT INTO public.resident_name_terms VALUES ('淑芬', '330199002003002', 'demo-resident-159');
INSERT INTO public.resident_name_terms VALUES ('淑芬', '330199002003004', 'demo-resident-167');
INSERT INTO public.resident_name_terms VALUES ('淑芬', '330199002003005', 'demo-resident-173');
INSERT INTO public.resident_name_terms VALUES ('淑芬', '330199002004002', 'demo-resident-185');
INSERT INTO public.resident_name_terms VALUES ('淑芬', '330199101202002', 'demo-resident-231');
INSERT INTO public.resident_name_terms VALUES ('淑芬', '330199101202004', 'demo-resident-245');
INSERT INTO public.resident_name_terms VALUES ('淑芬', '330199101202005', 'demo-resident-249');
INSERT INTO public.resident_name_terms VALUES ('淑芬', '330199101203002', 'demo-resident-259');
INSERT INTO public.resident_name_terms VALUES ('淑芬', '330199101203003', 'demo-resident-265');
INSERT INTO public.resident_name_terms VALUES ('王丽', '330199001003003', 'demo-resident-65');
INSERT INTO public.resident_name_terms VALUES ('王子', '330199001001003', 'demo-resident-12');
INSERT INTO public.resident_name_terms VALUES ('王宇', '330199101202003', 'demo-resident-240');
INSERT INTO public.resident_name_terms VALUES ('王梓', '330199002003001', 'demo-resident-155');
INSERT INTO public.resident_name_terms VALUES ('王浩', '330199001002001', 'demo-resident-29');
INSERT INTO public.resident_name_terms VALUES ('王淑', '330199002002002', 'demo-resident-131');
INSERT INTO public.resident_name_terms VALUES ('王淑', '330199101203003', 'demo-resident-265');
INSERT INTO public.resident_name_terms VALUES ('王美', '330199002003001', 'demo-resident-151');
INSERT INTO public.resident_name_terms VALUES ('王美', '330199101201001', 'demo-resident-204');
INSERT INTO public.resident_name_terms VALUES ('王雨', '330199002004004', 'demo-resident-193');
INSERT INTO public.resident_name_terms VALUES ('秀兰', '330199001001003', 'demo-resident-11');
INSERT INTO public.resident_name_terms VALUES ('秀兰', '330199001002003', 'demo-resident-39');
INSERT INTO public.resident_name_terms VALUES ('秀兰', '330199001003001', 'demo-resident-55');
INSERT INTO public.resident_name_terms VALUES ('秀兰', '330199001003004', 'demo-resident-67');
INSERT INTO public.resident_name_terms VALUES ('秀兰', '330199001003005', 'demo-resident-72');
INSERT INTO public.resident_name_terms VALUES ('秀兰', '330199001004001', 'demo-resident-76');
INSERT INTO public.resident_name_terms VALUES ('秀兰', '330199001004002', 'demo-resident-81');
INSERT INTO public.resident_name_terms VALUES ('秀兰', '330199001004005', 'demo-resident-99');
INSERT INTO public.resident_name_terms VALUES ('秀兰', '330199002001003', 'demo-resident-113');
INSERT INTO public.resident_name_terms VALUES ('秀兰', '330199002002004', 'demo-resident-142');
INSERT INTO public.resident_name_terms VALUES ('秀兰', '330199002002005', 'demo-resident-149');
INSERT INTO public.resident_name_terms VALUES ('秀兰', '330199002003001', 'demo-resident-153');
INSERT INTO public.resident_name_terms VALUES ('秀兰', '330199002003003', 'demo-resident-162');
INSERT INTO public.resident_name_terms VALUES ('秀兰', '330199002003003', 'demo-resident-164');
INSERT INTO public.resident_name_terms VALUES ('秀兰', '330199002004003', 'demo-resident-186');
INSERT INTO public.resident_name_terms VALUES ('秀兰', '330199002004005', 'demo-resident-198');
INSERT INTO public.resident_name_terms VALUES ('秀兰', '330199101201002', 'demo-resident-209');
INSERT INTO public.resident_name_terms VALUES ('秀兰', '330199101201003', 'demo-resident-211');
INSERT INTO public.resident_name_terms VALUES ('秀兰', '330199101201005', 'demo-resident-224');
INSERT INTO public.resident_name_terms VALUES ('秀兰', '330199101202004', 'demo-resident-241');
INSERT INTO public.resident_name_terms VALUES ('秀兰', '330199101204003', 'demo-resident-286');
INSERT INTO public.resident_name_terms VALUES ('罗俊', '330199002003004', 'demo-resident-166');
INSERT INTO public.resident_name_terms VALUES ('罗宇', '330199001002004', 'demo-resident-42');
INSERT INTO public.resident_name_terms VALUES ('罗宇', '330199001002004', 'demo-resident-43');
INSERT INTO public.resident_name_terms VALUES ('罗建', '330199001003003', 'demo-resident-62');
INSERT INTO public.resident_name_terms VALUES ('罗志', '330199001003004', 'demo-resident-68');
INSERT INTO public.resident_name_terms VALUES ('罗志', '330199101203001', 'demo-resident-251');
INSERT INTO public.resident_name_terms VALUES ('罗欣', '330199002004005', 'demo-resident-197');
INSERT INTO public.resident_name_terms VALUES ('罗浩', '330199002004002', 'demo-resident-182');
INSERT INTO public.resident_name_terms VALUES ('罗浩', '330199101204002', 'demo-resident-281');
INSERT INTO public.resident_name_terms VALUES ('美兰', '330199001001001', 'demo-resident-2');
INSERT INTO public.resident_name_terms VALUES ('美兰', '330199001001001', 'demo-resident-5');
INSERT INTO public.resident_name_terms VALUES ('美兰', '330199001001005', 'demo-resident-23');
INSERT INTO public.resident_name_terms VALUES ('美兰', '330199001002001', 'demo-resident-28');
INSERT INTO public.resident_name_terms VALUES ('美兰', '330199001002004', 'demo-resident-45');
INSERT INTO public.resident_name_terms VALUES ('美兰', '330199001003001', 'demo-resident-54');
INSERT INTO public.resident_name_terms VALUES ('美兰', '330199001003003', 'demo-resident-63');
INSERT INTO public.resident_name_terms VALUES ('美兰', '330199001004003', 'demo-resident-90');
INSERT INTO public.resident_name_terms VALUES ('美兰', '330199001004004', 'demo-resident-91');
INSERT INTO public.resident_name_terms VALUES ('美兰', '330199002001001', 'demo-resident-101');
INSERT INTO public.resident_name_terms VALUES ('美兰', '330199002002002', 'demo-resident-135');
INSERT INTO public.resident_name_terms VALUES ('美兰', '330199002003001', 'demo-resident-151');
INSERT INTO public.resident_name_terms VALUES ('美兰', '330199002003002', 'demo-resident-158');
INSERT INTO public.resident_name_terms VALUES ('美兰', '330199002004002', 'demo-resident-184');
INSERT INTO public.resident_name_terms VALUES ('美兰', '330199101201001', 'demo-resident-202');
INSERT INTO public.resident_name_terms VALUES ('美兰', '330199101201001', 'demo-resident-204');
INSERT INTO public.resident_name_terms VALUES ('美兰', '330199101201002', 'demo-resident-206');
INSERT INTO public.resident_name_terms VALUES ('美兰', '330199101201003', 'demo-resident-212');
INSERT INTO public.resident_name_terms VALUES ('美兰', '330199101202001', 'demo-resident-227');
INSERT INTO public.resident_name_terms VALUES ('美兰', '330199101202003', 'demo-resident-239');
INSERT INTO public.resident_name_terms VALUES ('美兰', '330199101203005', 'demo-resident-273');
INSERT INTO public.resident_name_terms VALUES ('胡丽', '330199101202002', 'demo-resident-233');
INSERT INTO public.resident_name_terms VALUES ('胡国', '330199001001001', 'demo-resident-3');
INSERT INTO public.resident_name_terms VALUES ('胡国', '330199002002002', 'demo-resident-133');
INSERT INTO public.resident_name_terms VALUES ('胡子', '330199101204002', 'demo-resident-283');
INSERT INTO public.resident_name_terms VALUES ('胡德', '330199002004005', 'demo-resident-196');
INSERT INTO public.resident_name_terms VALUES ('胡梓', '330199002002004', 'demo-resident-141');
INSERT INTO public.resident_name_terms VALUES ('胡梓', '330199002003003', 'demo-resident-161');
INSERT INTO public.resident_name_terms VALUES ('胡浩', '330199001002002', 'demo-resident-32');
INSERT INTO public.resident_name_terms VALUES ('胡浩', '330199002001002', 'demo-resident-107');
INSERT INTO public.resident_name_terms VALUES ('胡浩', '330199101204003', 'demo-resident-289');
INSERT INTO public.resident_name_terms VALUES ('胡淑', '330199101203002', 'demo-resident-259');
INSERT INTO public.resident_name_terms VALUES ('胡秀', '330199101204003', 'demo-resident-286');
INSERT INTO public.resident_name_terms VALUES ('胡美', '330199001003001', 'demo-resident-54');
INSERT INTO public.resident_name_terms VALUES ('胡雨', '330199001001002', 'demo-resident-10');
INSERT INTO public.resident_name_terms VALUES ('许丽', '330199002001001', 'demo-resident-105');
INSERT INTO public.resident_name_terms VALUES ('许子', '330199002002001', 'demo-resident-127');
INSERT INTO public.resident_name_terms VALUES ('许宇', '330199002001003', 'demo-resident-115');
INSERT INTO public.resident_name_terms VALUES ('许宇', '330199101204005', 'demo-resident-299');
INSERT INTO public.resident_name_terms VALUES ('许志', '330199002003002', 'demo-resident-160');
INSERT INTO public.resident_name_terms VALUES ('许梓', '330199001004004', 'demo-resident-95');
INSERT INTO public.resident_name_terms VALUES ('许淑', '330199001003004', 'demo-resident-69');
INSERT INTO public.resident_name_terms VALUES ('许美', '330199101203005', 'demo-resident-273');
INSERT INTO public.resident_name_terms VALUES ('许雨', '330199002001001', 'demo-resident-103');
INSERT INTO public.resident_name_terms VALUES ('谢丽', '330199002002003', 'demo-resident-140');
INSERT INTO public.resident_name_terms VALUES ('谢丽', '330199101204003', 'demo-resident-288');
INSERT INTO public.resident_name_terms VALUES ('谢梓', '330199001002002', 'demo-resident-34');
INSERT INTO public.resident_name_terms VALUES ('谢浩', '330199002001004', 'demo-resident-120');
INSERT INTO public.resident_name_terms VALUES ('谢秀', '330199002004005', 'demo-resident-198');
INSERT INTO public.resident_name_terms VALUES ('赵志', '330199101202002', 'demo-resident-235');
INSERT INTO public.resident_name_terms VALUES ('赵梓', '330199101204005', 'demo-resident-298');
INSERT INTO public.resident_name_terms VALUES ('赵秀', '330199001004002', 'demo-resident-81');
INSERT INTO public.resident_name_terms VALUES ('赵秀', '330199002003003', 'demo-resident-164');
INSERT INTO public.resident_name_terms VALUES ('赵美', '330199001002001', 'demo-resident-28');
INSERT INTO public.resident_name_terms VALUES ('赵雨', '330199101203004', 'demo-resident-266');
INSERT INTO public.resident_name_terms VALUES ('邓丽', '330199101203003', 'demo-resident-264');
INSERT INTO public.resident_name_terms VALUES ('邓俊', '330199001004001', 'demo-resident-80');
INSERT INTO public.resident_name_terms VALUES ('邓国', '330199101204001', 'demo-resident-280');
INSERT INTO public.resident_name_terms VALUES ('邓子', '330199101201002', 'demo-resident-208');
INSERT INTO public.resident_name_terms VALUES ('邓子', '330199101202001', 'demo-resident-230');
INSERT INTO public.resident_name_terms VALUES ('邓建', '330199001003005', 'demo-resident-74');
INSERT INTO public.resident_name_terms VALUES ('邓梓', '330199001004003', 'demo-resident-88');
INSERT INTO public.resident_name_terms VALUES ('邓欣', '330199002004004', 'demo-resident-192');
INSERT INTO public.resident_name_terms VALUES ('邓浩', '330199001003002', 'demo-resident-58');
INSERT INTO public.resident_name_terms VALUES ('邓浩', '330199101204002', 'demo-resident-284');
INSERT INTO public.resident_name_terms VALUES ('邓秀', '330199001003005', 'demo-resident-72');
INSERT INTO public.resident_name_terms VALUES ('邓雨', '330199101204003', 'demo-resident-287');
INSERT INTO public.resident_name_terms VALUES ('郑丽', '330199101203001', 'demo-resident-253');
INSERT INTO public.resident_name_terms VALUES ('郑俊', '330199002001005', 'demo-resident-121');
INSERT INTO public.resident_name_terms VALUES ('郑建', '330199001001005', 'demo-resident-24');
INSERT INTO public.resident_name_terms VALUES ('郑建', '330199002004001', 'demo-resident-176');
INSERT INTO public.resident_name_terms VALUES ('郑梓', '330199001002001', 'demo-resident-30');
INSERT INTO public.resident_name_terms VALUES ('郑欣', '330199001002002', 'demo-resident-35');
INSERT INTO public.resident_name_terms VALUES ('郑美', '330199001001001', 'demo-resident-2');
INSERT INTO public.resident_name_terms VALUES ('郭丽', '330199101203004', 'demo-resident-270');
INSERT INTO public.resident_name_terms VALUES ('郭子', '330199002003002', 'demo-resident-157');
INSERT INTO public.resident_name_terms VALUES ('郭子', '330199101202001', 'demo-resident-229');
INSERT INTO public.resident_name_terms VALUES ('郭志', '330199001001001', 'demo-resident-4');
INSERT INTO public.resident_name_terms VALUES ('郭志', '330199101202003', 'demo-resident-236');
INSERT INTO public.resident_name_terms VALUES ('郭欣', '330199001002005', 'demo-resident-47');
INSERT INTO public.resident_name_terms VALUES ('郭欣', '330199101203005', 'demo-resident-275');
INSERT INTO public.resident_name_terms VALUES ('郭秀', '330199001003001', 'demo-resident-55');
INSERT INTO public.resident_name_terms VALUES ('陈丽', '330199001002003', 'demo-resident-38');
INSERT INTO public.resident_name_terms VALUES ('陈国', '330199001002003', 'demo-resident-36');
INSERT INTO public.resident_name_terms VALUES ('陈子', '330199001002005', 'demo-resident-46');
INSERT INTO public.resident_name_terms VALUES ('陈宇', '330199001001005', 'demo-resident-22');
INSERT INTO public.resident_name_terms VALUES ('陈宇', '330199002004003', 'demo-resident-190');
INSERT INTO public.resident_name_terms VALUES ('陈宇', '330199101202003', 'demo-resident-237');
INSERT INTO public.resident_name_terms VALUES ('陈德', '330199101204001', 'demo-resident-279');
INSERT INTO public.resident_name_terms VALUES ('陈浩', '330199002001005', 'demo-resident-125');
INSERT INTO public.resident_name_terms VALUES ('陈淑', '330199001001003', 'demo-resident-14');
INSERT INTO public.resident_name_terms VALUES ('陈淑', '330199002004002', 'demo-resident-185');
INSERT INTO public.resident_name_terms VALUES ('陈淑', '330199101202005', 'demo-resident-249');
INSERT INTO public.resident_name_terms VALUES ('陈美', '330199001001001', 'demo-resident-5');
INSERT INTO public.resident_name_terms VALUES ('陈美', '330199002003002', 'demo-resident-158');
INSERT INTO public.resident_name_terms VALUES ('雨桐', '330199001001002', 'demo-resident-10');
INSERT INTO public.resident_name_terms VALUES ('雨桐', '330199001002001', 'demo-resident-26');
INSERT INTO public.resident_name_terms VALUES ('雨桐', '330199001002002', 'demo-resident-31');
INSERT INTO public.resident_name_terms VALUES ('雨桐', '330199001002005', 'demo-resident-48');
INSERT INTO public.resident_name_terms VALUES ('雨桐', '330199001003002', 'demo-resident-60');
INSERT INTO public.resident_name_terms VALUES ('雨桐', '330199001003004', 'demo-resident-66');
INSERT INTO public.resident_name_terms VALUES ('雨桐', '330199001004001', 'demo-resident-79');
INSERT INTO public.resident_name_terms VALUES ('雨桐', '330199002001001', 'demo-resident-103');
INSERT INTO public.resident_name_terms VALUES ('雨桐', '330199002001004', 'demo-resident-118');
INSERT INTO public.resident_name_terms VALUES ('雨桐', '330199002001005', 'demo-resident-124');
INSERT INTO public.resident_name_terms VALUES ('雨桐', '330199002002004', 'demo-resident-143');
INSERT INTO public.resident_name_terms VALUES ('雨桐', '330199002002004', 'demo-resident-144');
INSERT INTO public.resident_name_terms VALUES ('雨桐', '330199002003001', 'demo-resident-152');
INSERT INTO public.resident_name_terms VALUES ('雨桐', '330199002004004', 'demo-resident-193');
INSERT INTO public.resident_name_terms VALUES ('雨桐', '330199002004004', 'demo-resident-195');
INSERT INTO public.resident_name_terms VALUES ('雨桐', '330199101203001', 'demo-resident-255');
INSERT INTO public.resident_name_terms VALUES ('雨桐', '330199101203004', 'demo-resident-266');
INSERT INTO public.resident_name_terms VALUES ('雨桐', '330199101203004', 'demo-resident-267');
INSERT INTO public.resident_name_terms VALUES ('雨桐', '330199101203004', 'demo-resident-268');
INSERT INTO public.resident_name_terms VALUES ('雨桐', '330199101204003', 'demo-resident-287');
INSERT INTO public.resident_name_terms VALUES ('韩丽', '330199101203001', 'demo-resident-254');
INSERT INTO public.resident_name_terms VALUES ('韩国', '330199101201005', 'demo-resident-222');
INSERT INTO public.resident_name_terms VALUES ('韩国', '330199101204001', 'demo-resident-277');
INSERT INTO public.resident_name_terms VALUES ('韩子', '330199001004005', 'demo-resident-100');
INSERT INTO public.resident_name_terms VALUES ('韩宇', '330199002004003', 'demo-resident-187');
INSERT INTO public.resident_name_terms VALUES ('韩志', '330199002001001', 'demo-resident-102');
INSERT INTO public.resident_name_terms VALUES ('韩梓', '330199101201004', 'demo-resident-218');
INSERT INTO public.resident_name_terms VALUES ('韩浩', '330199002001003', 'demo-resident-111');
INSERT INTO public.resident_name_terms VALUES ('韩浩', '330199101203002', 'demo-resident-258');
INSERT INTO public.resident_name_terms VALUES ('韩秀', '330199001002003', 'demo-resident-39');
INSERT INTO public.resident_name_terms VALUES ('韩秀', '330199001004001', 'demo-resident-76');
INSERT INTO public.resident_name_terms VALUES ('韩秀', '330199101201005', 'demo-resident-224');
INSERT INTO public.resident_name_terms VALUES ('马丽', '330199002001004', 'demo-resident-119');
INSERT INTO public.resident_name_terms VALUES ('马国', '330199101203002', 'demo-resident-260');
INSERT INTO public.resident_name_terms VALUES ('马宇', '330199002003005', 'demo-resident-174');
INSERT INTO public.resident_name_terms VALUES ('马宇', '330199101202001', 'demo-resident-228');
INSERT INTO public.resident_name_terms VALUES ('马宇', '330199101204004', 'demo-resident-295');
INSERT INTO public.resident_name_terms VALUES ('马志', '330199101204005', 'demo-resident-300');
INSERT INTO public.resident_name_terms VALUES ('马梓', '330199101201003', 'demo-resident-214');
INSERT INTO public.resident_name_terms VALUES ('马欣', '330199101204005', 'demo-resident-296');
INSERT INTO public.resident_name_terms VALUES ('马浩', '330199001004004', 'demo-resident-93');
INSERT INTO public.resident_name_terms VALUES ('马雨', '330199101203004', 'demo-resident-268');
INSERT INTO public.resident_name_terms VALUES ('高俊', '330199001001003', 'demo-resident-15');
INSERT INTO public.resident_name_terms VALUES ('高俊', '330199101202005', 'demo-resident-247');
INSERT INTO public.resident_name_terms VALUES ('高子', '330199101204003', 'demo-resident-290');
INSERT INTO public.resident_name_terms VALUES ('高建', '330199002002003', 'demo-resident-137');
INSERT INTO public.resident_name_terms VALUES ('高德', '330199101203004', 'demo-resident-269');
INSERT INTO public.resident_name_terms VALUES ('高志', '330199002002002', 'demo-resident-134');
INSERT INTO public.resident_name_terms VALUES ('高欣', '330199002002005', 'demo-resident-148');
INSERT INTO public.resident_name_terms VALUES ('高欣', '330199002003002', 'demo-resident-156');
INSERT INTO public.resident_name_terms VALUES ('高浩', '330199002004005', 'demo-resident-200');
INSERT INTO public.resident_name_terms VALUES ('高淑', '330199001002003', 'demo-resident-37');
INSERT INTO public.resident_name_terms VALUES ('高淑', '330199001004002', 'demo-resident-82');
INSERT INTO public.resident_name_terms VALUES ('高美', '330199101201003', 'demo-resident-212');
INSERT INTO public.resident_name_terms VALUES ('高雨', '330199001002001', 'demo-resident-26');
INSERT INTO public.resident_name_terms VALUES ('高雨', '330199001002005', 'demo-resident-48');
INSERT INTO public.resident_name_terms VALUES ('黄建', '330199001004001', 'demo-resident-78');
INSERT INTO public.resident_name_terms VALUES ('黄欣', '330199002002003', 'demo-resident-136');
INSERT INTO public.resident_name_terms VALUES ('黄浩', '330199002003004', 'demo-resident-170');
INSERT INTO public.resident_name_terms VALUES ('黄浩', '330199002003005', 'demo-resident-171');
INSERT INTO public.resident_name_terms VALUES ('黄淑', '330199002003005', 'demo-resident-173');
INSERT INTO public.resident_name_terms VALUES ('黄秀', '330199101201003', 'demo-resident-211');
INSERT INTO public.resident_name_terms VALUES ('黄美', '330199101202003', 'demo-resident-239');


--
-- Data for Name: residents; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.residents VALUES ('demo-resident-1', '徐丽娟', '330199201012270011', 'male', '2010-12-27', '汉族', '15803569891', '浙江省云溪县', '云溪县001001号', 'left_behind', '330199001001001', '330199001001001001', 1, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-3', '胡国强', '330199197704180034', 'male', '1977-04-18', '汉族', '15813120422', '浙江省云溪县', '云溪县001001号', 'registered', '330199001001001', '330199001001001003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-4', '郭志明', '330199197609230048', 'female', '1976-09-23', '畲族', '18636385556', '浙江省云溪县', '云溪县001001号', 'left_behind', '330199001001001', '330199001001001001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-5', '陈美兰', '330199198210060053', 'male', '1982-10-06', '汉族', '18675467718', '浙江省云溪县', '云溪县001001号', 'registered', '330199001001001', '330199001001001002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-6', '孙建平', '330199196112270066', 'female', '1961-12-27', '汉族', '15838679290', '浙江省云溪县', '云溪县001002号', 'registered', '330199001001002', '330199001001002001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-7', '何浩然', '330199198112250072', 'male', '1981-12-25', '汉族', '15882110088', '浙江省云溪县', '云溪县001002号', 'registered', '330199001001002', '330199001001002002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-8', '周淑芬', '330199198412100084', 'female', '1984-12-10', '汉族', '15883651555', '浙江省云溪县', '云溪县001002号', 'left_behind', '330199001001002', '330199001001002003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-9', '孙德华', '330199199405080091', 'male', '1994-05-08', '畲族', '18641423303', '浙江省云溪县', '云溪县001002号', 'registered', '330199001001002', '330199001001002001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-10', '胡雨桐', '330199195702120100', 'female', '1957-02-12', '汉族', '15886586606', '浙江省云溪县', '云溪县001002号', 'registered', '330199001001002', '330199001001002002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-11', '张秀兰', '330199194706010115', 'male', '1947-06-01', '畲族', '15872479576', '安徽省阜阳市颍州区', '云溪县001003号', 'floating', '330199001001003', '330199001001003001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-12', '王子涵', '33019919410118012X', 'female', '1941-01-18', '汉族', '18634707768', '浙江省云溪县', '云溪县001003号', 'registered', '330199001001003', '330199001001003002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-13', '冯美兰', '330199199606220134', 'male', '1996-06-22', '汉族', '15801515783', '浙江省云溪县', '云溪县001003号', 'left_behind', '330199001001003', '330199001001003003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-14', '陈淑芬', '330199196602240142', 'female', '1966-02-24', '汉族', '15838763659', '浙江省云溪县', '云溪县001003号', 'registered', '330199001001003', '330199001001003001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-15', '高俊杰', '330199199112020159', 'male', '1991-12-02', '畲族', '15815761938', '浙江省云溪县', '云溪县001003号', 'left_behind', '330199001001003', '330199001001003002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-16', '林梓萱', '330199195612200166', 'female', '1956-12-20', '汉族', '15850464162', '浙江省云溪县', '云溪县001004号', 'left_behind', '330199001001004', '330199001001004001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-17', '吴建平', '330199198403110176', 'male', '1984-03-11', '汉族', '18685189475', '浙江省云溪县', '云溪县001004号', 'registered', '330199001001004', '330199001001004002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-18', '孙淑芬', '330199194802130184', 'female', '1948-02-13', '汉族', '18663312130', '浙江省云溪县', '云溪县001004号', 'registered', '330199001001004', '330199001001004003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-19', '唐浩然', '330199199004070191', 'male', '1990-04-07', '汉族', '18640446239', '安徽省阜阳市颍州区', '云溪县001004号', 'floating', '330199001001004', '330199001001004001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-20', '曹德华', '330199197608150206', 'female', '1976-08-15', '汉族', '18657928226', '浙江省云溪县', '云溪县001004号', 'registered', '330199001001004', '330199001001004002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-21', '张建平', '330199197304280212', 'male', '1973-04-28', '汉族', '13895787094', '浙江省云溪县', '云溪县001005号', 'left_behind', '330199001001005', '330199001001005001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-22', '陈宇轩', '33019919600322022X', 'female', '1960-03-22', '汉族', '13849235541', '浙江省云溪县', '云溪县001005号', 'registered', '330199001001005', '330199001001005002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-23', '朱美兰', '330199194312200231', 'male', '1943-12-20', '汉族', '13831822438', '浙江省云溪县', '云溪县001005号', 'registered', '330199001001005', '330199001001005003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-24', '郑建平', '330199198308080247', 'female', '1983-08-08', '汉族', '15879754085', '安徽省阜阳市颍州区', '云溪县001005号', 'floating', '330199001001005', '330199001001005001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-25', '冯浩然', '330199197402220256', 'male', '1974-02-22', '汉族', '13813093910', '浙江省云溪县', '云溪县001005号', 'registered', '330199001001005', '330199001001005002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-26', '高雨桐', '330199199501020267', 'female', '1995-01-02', '汉族', '18622641646', '浙江省云溪县', '云溪县002001号', 'registered', '330199001002001', '330199001002001001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-27', '冯浩然', '330199197107190277', 'male', '1971-07-19', '汉族', '15829308720', '浙江省云溪县', '云溪县002001号', 'registered', '330199001002001', '330199001002001002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-28', '赵美兰', '330199194710230284', 'female', '1947-10-23', '汉族', '13817639670', '浙江省云溪县', '云溪县002001号', 'registered', '330199001002001', '330199001002001003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-29', '王浩然', '330199198512250290', 'male', '1985-12-25', '汉族', '18670011233', '安徽省阜阳市颍州区', '云溪县002001号', 'floating', '330199001002001', '330199001002001001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-30', '郑梓萱', '330199194804110304', 'female', '1948-04-11', '汉族', '13869588572', '浙江省云溪县', '云溪县002001号', 'registered', '330199001002001', '330199001002001002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-31', '曹雨桐', '330199198307200315', 'male', '1983-07-20', '汉族', '13822124619', '安徽省阜阳市颍州区', '云溪县002002号', 'floating', '330199001002002', '330199001002002001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-32', '胡浩然', '330199198602130321', 'female', '1986-02-13', '汉族', '18614124157', '安徽省阜阳市颍州区', '云溪县002002号', 'floating', '330199001002002', '330199001002002002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-33', '杨俊杰', '330199197904150331', 'male', '1979-04-15', '汉族', '15840363393', '安徽省阜阳市颍州区', '云溪县002002号', 'floating', '330199001002002', '330199001002002003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-34', '谢梓萱', '330199198706230343', 'female', '1987-06-23', '汉族', '13885882010', '浙江省云溪县', '云溪县002002号', 'registered', '330199001002002', '330199001002002001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-35', '郑欣怡', '330199194201060352', 'male', '1942-01-06', '汉族', '15878225282', '浙江省云溪县', '云溪县002002号', 'registered', '330199001002002', '330199001002002002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-36', '陈国强', '33019919890720036X', 'female', '1989-07-20', '汉族', '15815284925', '浙江省云溪县', '云溪县002003号', 'left_behind', '330199001002003', '330199001002003001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-37', '高淑芬', '330199194903070379', 'male', '1949-03-07', '汉族', '13832535364', '浙江省云溪县', '云溪县002003号', 'left_behind', '330199001002003', '330199001002003002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-38', '陈丽娟', '330199200101170384', 'female', '2001-01-17', '汉族', '13837968819', '浙江省云溪县', '云溪县002003号', 'registered', '330199001002003', '330199001002003003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-39', '韩秀兰', '330199199007020392', 'male', '1990-07-02', '汉族', '15835398092', '浙江省云溪县', '云溪县002003号', 'registered', '330199001002003', '330199001002003001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-40', '梁建平', '330199194703210402', 'female', '1947-03-21', '汉族', '13817673036', '浙江省云溪县', '云溪县002003号', 'registered', '330199001002003', '330199001002003002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-41', '周建平', '330199196108180412', 'male', '1961-08-18', '汉族', '15857968027', '浙江省云溪县', '云溪县002004号', 'registered', '330199001002004', '330199001002004001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-42', '罗宇轩', '330199197206150422', 'female', '1972-06-15', '汉族', '13847109727', '安徽省阜阳市颍州区', '云溪县002004号', 'floating', '330199001002004', '330199001002004002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-43', '罗宇轩', '330199195611120439', 'male', '1956-11-12', '汉族', '15881626562', '浙江省云溪县', '云溪县002004号', 'registered', '330199001002004', '330199001002004003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-44', '徐淑芬', '330199199002140440', 'female', '1990-02-14', '汉族', '15870749501', '浙江省云溪县', '云溪县002004号', 'left_behind', '330199001002004', '330199001002004001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-45', '周美兰', '330199196811280458', 'male', '1968-11-28', '畲族', '15829515024', '浙江省云溪县', '云溪县002004号', 'registered', '330199001002004', '330199001002004002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-46', '陈子涵', '330199197012040460', 'female', '1970-12-04', '汉族', '13812968869', '浙江省云溪县', '云溪县002005号', 'registered', '330199001002005', '330199001002005001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-47', '郭欣怡', '330199197807280476', 'male', '1978-07-28', '汉族', '13881292819', '浙江省云溪县', '云溪县002005号', 'registered', '330199001002005', '330199001002005002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-48', '高雨桐', '330199196806250481', 'female', '1968-06-25', '汉族', '18606071871', '浙江省云溪县', '云溪县002005号', 'left_behind', '330199001002005', '330199001002005003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-49', '梁国强', '330199199201140494', 'male', '1992-01-14', '汉族', '15842646653', '安徽省阜阳市颍州区', '云溪县002005号', 'floating', '330199001002005', '330199001002005001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-50', '朱德华', '330199195903240504', 'female', '1959-03-24', '汉族', '18633811006', '浙江省云溪县', '云溪县002005号', 'registered', '330199001002005', '330199001002005002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-51', '杨俊杰', '330199194501240515', 'male', '1945-01-24', '汉族', '15848260810', '浙江省云溪县', '云溪县003001号', 'registered', '330199001003001', '330199001003001001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-52', '朱丽娟', '330199197104010525', 'female', '1971-04-01', '汉族', '13824904472', '浙江省云溪县', '云溪县003001号', 'registered', '330199001003001', '330199001003001002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-53', '徐俊杰', '330199199909100535', 'male', '1999-09-10', '汉族', '18673725068', '浙江省云溪县', '云溪县003001号', 'registered', '330199001003001', '330199001003001003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-54', '胡美兰', '330199198003240545', 'female', '1980-03-24', '汉族', '15817109081', '浙江省云溪县', '云溪县003001号', 'registered', '330199001003001', '330199001003001001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-55', '郭秀兰', '33019919960515055X', 'male', '1996-05-15', '汉族', '13821252000', '浙江省云溪县', '云溪县003001号', 'registered', '330199001003001', '330199001003001002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-56', '李子涵', '330199199103120561', 'female', '1991-03-12', '汉族', '13831749421', '浙江省云溪县', '云溪县003002号', 'registered', '330199001003002', '330199001003002001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-57', '唐宇轩', '330199197405030570', 'male', '1974-05-03', '汉族', '13895668424', '浙江省云溪县', '云溪县003002号', 'registered', '330199001003002', '330199001003002002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-58', '邓浩然', '33019919690309058X', 'female', '1969-03-09', '汉族', '13849028500', '浙江省云溪县', '云溪县003002号', 'registered', '330199001003002', '330199001003002003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-59', '冯欣怡', '330199199001150591', 'male', '1990-01-15', '汉族', '18617191769', '浙江省云溪县', '云溪县003002号', 'registered', '330199001003002', '330199001003002001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-60', '李雨桐', '330199199209160609', 'female', '1992-09-16', '汉族', '13848013014', '浙江省云溪县', '云溪县003002号', 'registered', '330199001003002', '330199001003002002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-61', '何淑芬', '330199196007160615', 'male', '1960-07-16', '汉族', '13870586920', '浙江省云溪县', '云溪县003003号', 'registered', '330199001003003', '330199001003003001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-62', '罗建平', '330199200001080621', 'female', '2000-01-08', '汉族', '18642249894', '浙江省云溪县', '云溪县003003号', 'left_behind', '330199001003003', '330199001003003002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-63', '冯美兰', '330199199007220634', 'male', '1990-07-22', '汉族', '18663858728', '浙江省云溪县', '云溪县003003号', 'registered', '330199001003003', '330199001003003003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-64', '刘梓萱', '330199198002210643', 'female', '1980-02-21', '畲族', '15882769411', '安徽省阜阳市颍州区', '云溪县003003号', 'floating', '330199001003003', '330199001003003001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-65', '王丽娟', '33019919640527065X', 'male', '1964-05-27', '汉族', '18601311902', '浙江省云溪县', '云溪县003003号', 'registered', '330199001003003', '330199001003003002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-66', '徐雨桐', '330199194207090667', 'female', '1942-07-09', '汉族', '18649854905', '浙江省云溪县', '云溪县003004号', 'left_behind', '330199001003004', '330199001003004001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-67', '徐秀兰', '330199195801210670', 'male', '1958-01-21', '汉族', '18653469424', '浙江省云溪县', '云溪县003004号', 'left_behind', '330199001003004', '330199001003004002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-68', '罗志明', '330199194605230688', 'female', '1946-05-23', '汉族', '15897187580', '浙江省云溪县', '云溪县003004号', 'registered', '330199001003004', '330199001003004003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-69', '许淑芬', '330199196108190696', 'male', '1961-08-19', '汉族', '18617129003', '安徽省阜阳市颍州区', '云溪县003004号', 'floating', '330199001003004', '330199001003004001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-70', '徐德华', '330199197209190702', 'female', '1972-09-19', '畲族', '13873292071', '浙江省云溪县', '云溪县003004号', 'registered', '330199001003004', '330199001003004002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-71', '梁志明', '330199196805170711', 'male', '1968-05-17', '汉族', '13831683225', '浙江省云溪县', '云溪县003005号', 'left_behind', '330199001003005', '330199001003005001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-72', '邓秀兰', '330199196007120728', 'female', '1960-07-12', '汉族', '15800567852', '浙江省云溪县', '云溪县003005号', 'left_behind', '330199001003005', '330199001003005002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-73', '唐志明', '33019919990228073X', 'male', '1999-02-28', '汉族', '18693717816', '浙江省云溪县', '云溪县003005号', 'registered', '330199001003005', '330199001003005003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-74', '邓建平', '330199195112180744', 'female', '1951-12-18', '汉族', '18646957445', '浙江省云溪县', '云溪县003005号', 'registered', '330199001003005', '330199001003005001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-75', '李宇轩', '33019919871226075X', 'male', '1987-12-26', '汉族', '15834649293', '浙江省云溪县', '云溪县003005号', 'registered', '330199001003005', '330199001003005002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-76', '韩秀兰', '330199198611060767', 'female', '1986-11-06', '汉族', '13814331645', '安徽省阜阳市颍州区', '云溪县004001号', 'floating', '330199001004001', '330199001004001001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-77', '冯宇轩', '330199200109250776', 'male', '2001-09-25', '汉族', '15877969983', '浙江省云溪县', '云溪县004001号', 'registered', '330199001004001', '330199001004001002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-78', '黄建平', '330199199810240781', 'female', '1998-10-24', '汉族', '15812754310', '浙江省云溪县', '云溪县004001号', 'registered', '330199001004001', '330199001004001003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-79', '周雨桐', '330199196503180797', 'male', '1965-03-18', '汉族', '13835390671', '浙江省云溪县', '云溪县004001号', 'left_behind', '330199001004001', '330199001004001001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-80', '邓俊杰', '330199196509050803', 'female', '1965-09-05', '畲族', '15838476243', '浙江省云溪县', '云溪县004001号', 'left_behind', '330199001004001', '330199001004001002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-81', '赵秀兰', '330199195712050812', 'male', '1957-12-05', '汉族', '15810459498', '浙江省云溪县', '云溪县004002号', 'registered', '330199001004002', '330199001004002001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-82', '高淑芬', '330199196401270820', 'female', '1964-01-27', '汉族', '18613185631', '浙江省云溪县', '云溪县004002号', 'left_behind', '330199001004002', '330199001004002002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-83', '何志明', '330199198008270831', 'male', '1980-08-27', '汉族', '18676125999', '浙江省云溪县', '云溪县004002号', 'left_behind', '330199001004002', '330199001004002003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-84', '张德华', '330199196510220849', 'female', '1965-10-22', '畲族', '15893379190', '浙江省云溪县', '云溪县004002号', 'registered', '330199001004002', '330199001004002001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-85', '李梓萱', '33019919970723085X', 'male', '1997-07-23', '汉族', '18669224616', '浙江省云溪县', '云溪县004002号', 'registered', '330199001004002', '330199001004002002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-86', '杨国强', '330199198502260866', 'female', '1985-02-26', '汉族', '15876188510', '浙江省云溪县', '云溪县004003号', 'registered', '330199001004003', '330199001004003001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-87', '朱建平', '330199199205190878', 'male', '1992-05-19', '汉族', '15886788005', '安徽省阜阳市颍州区', '云溪县004003号', 'floating', '330199001004003', '330199001004003002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-88', '邓梓萱', '33019919851119088X', 'female', '1985-11-19', '汉族', '13821895629', '安徽省阜阳市颍州区', '云溪县004003号', 'floating', '330199001004003', '330199001004003003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-89', '唐子涵', '330199198111070897', 'male', '1981-11-07', '畲族', '15870742617', '浙江省云溪县', '云溪县004003号', 'registered', '330199001004003', '330199001004003001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-90', '李美兰', '330199196412100907', 'female', '1964-12-10', '汉族', '15856328488', '浙江省云溪县', '云溪县004003号', 'registered', '330199001004003', '330199001004003002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-91', '朱美兰', '330199195412200911', 'male', '1954-12-20', '汉族', '18600176926', '浙江省云溪县', '云溪县004004号', 'registered', '330199001004004', '330199001004004001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-92', '冯浩然', '330199196606270920', 'female', '1966-06-27', '汉族', '13844589757', '安徽省阜阳市颍州区', '云溪县004004号', 'floating', '330199001004004', '330199001004004002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-93', '马浩然', '330199198507080936', 'male', '1985-07-08', '汉族', '13886413451', '浙江省云溪县', '云溪县004004号', 'registered', '330199001004004', '330199001004004003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-94', '冯子涵', '330199195711060947', 'female', '1957-11-06', '汉族', '15831292879', '浙江省云溪县', '云溪县004004号', 'registered', '330199001004004', '330199001004004001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-95', '许梓萱', '33019919961023095X', 'male', '1996-10-23', '汉族', '15855780920', '浙江省云溪县', '云溪县004004号', 'registered', '330199001004004', '330199001004004002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-96', '梁国强', '33019920020726096X', 'female', '2002-07-26', '畲族', '15812736111', '浙江省云溪县', '云溪县004005号', 'registered', '330199001004005', '330199001004005001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-97', '宋淑芬', '330199196909010974', 'male', '1969-09-01', '汉族', '13894899430', '浙江省云溪县', '云溪县004005号', 'registered', '330199001004005', '330199001004005002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-98', '杨浩然', '330199196411080983', 'female', '1964-11-08', '汉族', '13839100380', '安徽省阜阳市颍州区', '云溪县004005号', 'floating', '330199001004005', '330199001004005003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-99', '张秀兰', '330199197108010995', 'male', '1971-08-01', '汉族', '15897399325', '浙江省云溪县', '云溪县004005号', 'registered', '330199001004005', '330199001004005001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-100', '韩子涵', '33019919920417100X', 'female', '1992-04-17', '汉族', '18691170939', '浙江省云溪县', '云溪县004005号', 'left_behind', '330199001004005', '330199001004005002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-101', '曹美兰', '330199199503121010', 'male', '1995-03-12', '汉族', '18659062226', '浙江省云溪县', '云溪县001001号', 'registered', '330199002001001', '330199002001001001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-102', '韩志明', '33019919990922102X', 'female', '1999-09-22', '汉族', '15888823419', '安徽省阜阳市颍州区', '云溪县001001号', 'floating', '330199002001001', '330199002001001002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-103', '许雨桐', '330199195410281033', 'male', '1954-10-28', '汉族', '15897598805', '浙江省云溪县', '云溪县001001号', 'left_behind', '330199002001001', '330199002001001003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-104', '吴宇轩', '330199197706191044', 'female', '1977-06-19', '汉族', '18626998112', '浙江省云溪县', '云溪县001001号', 'left_behind', '330199002001001', '330199002001001001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-105', '许丽娟', '330199199508131058', 'male', '1995-08-13', '汉族', '18660734313', '安徽省阜阳市颍州区', '云溪县001001号', 'floating', '330199002001001', '330199002001001002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-106', '林俊杰', '33019920010228106X', 'female', '2001-02-28', '畲族', '18605583210', '安徽省阜阳市颍州区', '云溪县001002号', 'floating', '330199002001002', '330199002001002001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-107', '胡浩然', '330199195910171076', 'male', '1959-10-17', '汉族', '15805941049', '浙江省云溪县', '云溪县001002号', 'registered', '330199002001002', '330199002001002002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-108', '冯子涵', '330199196409061089', 'female', '1964-09-06', '汉族', '15877903240', '浙江省云溪县', '云溪县001002号', 'left_behind', '330199002001002', '330199002001002003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-109', '宋德华', '330199195107151092', 'male', '1951-07-15', '汉族', '13856816732', '安徽省阜阳市颍州区', '云溪县001002号', 'floating', '330199002001002', '330199002001002001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-110', '冯国强', '330199197306141101', 'female', '1973-06-14', '汉族', '18662089531', '浙江省云溪县', '云溪县001002号', 'registered', '330199002001002', '330199002001002002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-111', '韩浩然', '330199194310201118', 'male', '1943-10-20', '汉族', '18675948305', '浙江省云溪县', '云溪县001003号', 'registered', '330199002001003', '330199002001003001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-112', '张丽娟', '330199198601221125', 'female', '1986-01-22', '汉族', '18616001788', '浙江省云溪县', '云溪县001003号', 'registered', '330199002001003', '330199002001003002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-113', '宋秀兰', '330199194605081133', 'male', '1946-05-08', '畲族', '13899457644', '浙江省云溪县', '云溪县001003号', 'left_behind', '330199002001003', '330199002001003003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-114', '孙淑芬', '330199198304251141', 'female', '1983-04-25', '汉族', '13823599097', '浙江省云溪县', '云溪县001003号', 'left_behind', '330199002001003', '330199002001003001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-115', '许宇轩', '330199197507221159', 'male', '1975-07-22', '汉族', '15807450672', '浙江省云溪县', '云溪县001003号', 'registered', '330199002001003', '330199002001003002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-116', '徐建平', '330199199312131160', 'female', '1993-12-13', '汉族', '13829775377', '浙江省云溪县', '云溪县001004号', 'registered', '330199002001004', '330199002001004001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-117', '李浩然', '330199196204101171', 'male', '1962-04-10', '汉族', '15843989037', '浙江省云溪县', '云溪县001004号', 'left_behind', '330199002001004', '330199002001004002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-118', '李雨桐', '330199197906091187', 'female', '1979-06-09', '汉族', '18685322125', '浙江省云溪县', '云溪县001004号', 'registered', '330199002001004', '330199002001004003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-119', '马丽娟', '330199194803171199', 'male', '1948-03-17', '汉族', '15816894670', '安徽省阜阳市颍州区', '云溪县001004号', 'floating', '330199002001004', '330199002001004001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-120', '谢浩然', '330199196303051202', 'female', '1963-03-05', '汉族', '13850582917', '浙江省云溪县', '云溪县001004号', 'left_behind', '330199002001004', '330199002001004002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-121', '郑俊杰', '330199196305271217', 'male', '1963-05-27', '汉族', '18670395464', '浙江省云溪县', '云溪县001005号', 'registered', '330199002001005', '330199002001005001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-122', '曹欣怡', '330199197303261220', 'female', '1973-03-26', '汉族', '15853511246', '浙江省云溪县', '云溪县001005号', 'left_behind', '330199002001005', '330199002001005002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-123', '宋淑芬', '330199195801051235', 'male', '1958-01-05', '汉族', '18613008725', '浙江省云溪县', '云溪县001005号', 'registered', '330199002001005', '330199002001005003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-124', '周雨桐', '330199195308251241', 'female', '1953-08-25', '汉族', '13864708993', '浙江省云溪县', '云溪县001005号', 'left_behind', '330199002001005', '330199002001005001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-125', '陈浩然', '330199199704011256', 'male', '1997-04-01', '汉族', '13866760352', '安徽省阜阳市颍州区', '云溪县001005号', 'floating', '330199002001005', '330199002001005002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-126', '张宇轩', '330199196007251269', 'female', '1960-07-25', '汉族', '18683200578', '浙江省云溪县', '云溪县002001号', 'registered', '330199002002001', '330199002002001001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-127', '许子涵', '330199197102051278', 'male', '1971-02-05', '汉族', '18615427311', '浙江省云溪县', '云溪县002001号', 'left_behind', '330199002002001', '330199002002001002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-128', '冯德华', '330199194409021280', 'female', '1944-09-02', '汉族', '13806052611', '安徽省阜阳市颍州区', '云溪县002001号', 'floating', '330199002002001', '330199002002001003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-129', '李丽娟', '330199197508201299', 'male', '1975-08-20', '汉族', '18624045206', '浙江省云溪县', '云溪县002001号', 'left_behind', '330199002002001', '330199002002001001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-130', '梁浩然', '330199199505171302', 'female', '1995-05-17', '汉族', '15802749634', '安徽省阜阳市颍州区', '云溪县002001号', 'floating', '330199002002001', '330199002002001002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-131', '王淑芬', '330199197801241310', 'male', '1978-01-24', '汉族', '15840483619', '浙江省云溪县', '云溪县002002号', 'registered', '330199002002002', '330199002002002001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-132', '梁梓萱', '33019919470507132X', 'female', '1947-05-07', '汉族', '18646409828', '安徽省阜阳市颍州区', '云溪县002002号', 'floating', '330199002002002', '330199002002002002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-133', '胡国强', '330199195904251336', 'male', '1959-04-25', '汉族', '13808106643', '浙江省云溪县', '云溪县002002号', 'registered', '330199002002002', '330199002002002003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-134', '高志明', '330199199007151341', 'female', '1990-07-15', '汉族', '15813922214', '浙江省云溪县', '云溪县002002号', 'registered', '330199002002002', '330199002002002001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-135', '徐美兰', '330199198504211355', 'male', '1985-04-21', '汉族', '18666500792', '浙江省云溪县', '云溪县002002号', 'registered', '330199002002002', '330199002002002002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-136', '黄欣怡', '330199197306181365', 'female', '1973-06-18', '汉族', '13809081161', '安徽省阜阳市颍州区', '云溪县002003号', 'floating', '330199002002003', '330199002002003001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-137', '高建平', '330199194804191378', 'male', '1948-04-19', '汉族', '18699176599', '浙江省云溪县', '云溪县002003号', 'registered', '330199002002003', '330199002002003002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-138', '刘子涵', '330199199102211381', 'female', '1991-02-21', '汉族', '15836923589', '安徽省阜阳市颍州区', '云溪县002003号', 'floating', '330199002002003', '330199002002003003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-139', '冯国强', '330199200202031391', 'male', '2002-02-03', '汉族', '15801005181', '安徽省阜阳市颍州区', '云溪县002003号', 'floating', '330199002002003', '330199002002003001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-140', '谢丽娟', '330199195011161405', 'female', '1950-11-16', '汉族', '18641498633', '浙江省云溪县', '云溪县002003号', 'left_behind', '330199002002003', '330199002002003002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-141', '胡梓萱', '330199194709091416', 'male', '1947-09-09', '汉族', '15813585858', '浙江省云溪县', '云溪县002004号', 'left_behind', '330199002002004', '330199002002004001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-142', '杨秀兰', '330199195302231426', 'female', '1953-02-23', '汉族', '18671872509', '浙江省云溪县', '云溪县002004号', 'registered', '330199002002004', '330199002002004002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-143', '孙雨桐', '330199197007041434', 'male', '1970-07-04', '汉族', '15809306342', '浙江省云溪县', '云溪县002004号', 'registered', '330199002002004', '330199002002004003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-144', '朱雨桐', '33019919400802144X', 'female', '1940-08-02', '汉族', '18675773512', '浙江省云溪县', '云溪县002004号', 'registered', '330199002002004', '330199002002004001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-145', '徐梓萱', '330199198706091451', 'male', '1987-06-09', '汉族', '15871435704', '安徽省阜阳市颍州区', '云溪县002004号', 'floating', '330199002002004', '330199002002004002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-146', '杨欣怡', '330199199802131462', 'female', '1998-02-13', '汉族', '15869910172', '安徽省阜阳市颍州区', '云溪县002005号', 'floating', '330199002002005', '330199002002005001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-147', '唐俊杰', '330199198109241474', 'male', '1981-09-24', '汉族', '18659053752', '浙江省云溪县', '云溪县002005号', 'registered', '330199002002005', '330199002002005002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-148', '高欣怡', '330199196202171483', 'female', '1962-02-17', '畲族', '18647423839', '浙江省云溪县', '云溪县002005号', 'registered', '330199002002005', '330199002002005003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-149', '朱秀兰', '33019919420406149X', 'male', '1942-04-06', '汉族', '18634571913', '安徽省阜阳市颍州区', '云溪县002005号', 'floating', '330199002002005', '330199002002005001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-150', '杨志明', '330199195707231504', 'female', '1957-07-23', '汉族', '15861148868', '安徽省阜阳市颍州区', '云溪县002005号', 'floating', '330199002002005', '330199002002005002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-151', '王美兰', '33019919400323151X', 'male', '1940-03-23', '汉族', '18695090093', '浙江省云溪县', '云溪县003001号', 'registered', '330199002003001', '330199002003001001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-152', '林雨桐', '330199194009111527', 'female', '1940-09-11', '汉族', '18676867678', '浙江省云溪县', '云溪县003001号', 'left_behind', '330199002003001', '330199002003001002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-153', '朱秀兰', '330199196703221530', 'male', '1967-03-22', '汉族', '15832924843', '浙江省云溪县', '云溪县003001号', 'left_behind', '330199002003001', '330199002003001003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-154', '何浩然', '330199198502041540', 'female', '1985-02-04', '汉族', '13848866973', '安徽省阜阳市颍州区', '云溪县003001号', 'floating', '330199002003001', '330199002003001001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-155', '王梓萱', '330199199105111554', 'male', '1991-05-11', '汉族', '18620473012', '浙江省云溪县', '云溪县003001号', 'left_behind', '330199002003001', '330199002003001002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-156', '高欣怡', '330199198701011563', 'female', '1987-01-01', '汉族', '15872602625', '浙江省云溪县', '云溪县003002号', 'left_behind', '330199002003002', '330199002003002001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-157', '郭子涵', '330199200004101571', 'male', '2000-04-10', '汉族', '13828190861', '浙江省云溪县', '云溪县003002号', 'left_behind', '330199002003002', '330199002003002002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-158', '陈美兰', '330199196710091586', 'female', '1967-10-09', '汉族', '15836141257', '安徽省阜阳市颍州区', '云溪县003002号', 'floating', '330199002003002', '330199002003002003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-159', '冯淑芬', '330199197412101592', 'male', '1974-12-10', '汉族', '18604374258', '浙江省云溪县', '云溪县003002号', 'registered', '330199002003002', '330199002003002001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-160', '许志明', '330199199004101605', 'female', '1990-04-10', '汉族', '18629610759', '浙江省云溪县', '云溪县003002号', 'registered', '330199002003002', '330199002003002002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-161', '胡梓萱', '330199197207271613', 'male', '1972-07-27', '汉族', '15824396649', '浙江省云溪县', '云溪县003003号', 'registered', '330199002003003', '330199002003003001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-162', '李秀兰', '330199200201191625', 'female', '2002-01-19', '汉族', '13887065027', '浙江省云溪县', '云溪县003003号', 'registered', '330199002003003', '330199002003003002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-163', '曹志明', '330199199404181632', 'male', '1994-04-18', '畲族', '13804532066', '安徽省阜阳市颍州区', '云溪县003003号', 'floating', '330199002003003', '330199002003003003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-164', '赵秀兰', '330199199509191642', 'female', '1995-09-19', '汉族', '18636259644', '安徽省阜阳市颍州区', '云溪县003003号', 'floating', '330199002003003', '330199002003003001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-165', '周梓萱', '330199196812181654', 'male', '1968-12-18', '汉族', '18666006720', '浙江省云溪县', '云溪县003003号', 'left_behind', '330199002003003', '330199002003003002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-166', '罗俊杰', '330199197302251661', 'female', '1973-02-25', '汉族', '18682255318', '浙江省云溪县', '云溪县003004号', 'registered', '330199002003004', '330199002003004001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-167', '冯淑芬', '330199196905231673', 'male', '1969-05-23', '畲族', '18628384432', '浙江省云溪县', '云溪县003004号', 'registered', '330199002003004', '330199002003004002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-168', '吴德华', '330199198306021681', 'female', '1983-06-02', '汉族', '13823134448', '浙江省云溪县', '云溪县003004号', 'registered', '330199002003004', '330199002003004003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-169', '吴子涵', '330199200202111690', 'male', '2002-02-11', '畲族', '18614839765', '浙江省云溪县', '云溪县003004号', 'registered', '330199002003004', '330199002003004001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-170', '黄浩然', '330199195112251709', 'female', '1951-12-25', '汉族', '15828374061', '浙江省云溪县', '云溪县003004号', 'registered', '330199002003004', '330199002003004002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-171', '黄浩然', '330199199911161716', 'male', '1999-11-16', '汉族', '18697725244', '浙江省云溪县', '云溪县003005号', 'registered', '330199002003005', '330199002003005001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-172', '张德华', '330199198308251720', 'female', '1983-08-25', '汉族', '15809179203', '浙江省云溪县', '云溪县003005号', 'registered', '330199002003005', '330199002003005002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-173', '黄淑芬', '330199194410091737', 'male', '1944-10-09', '汉族', '15801841270', '安徽省阜阳市颍州区', '云溪县003005号', 'floating', '330199002003005', '330199002003005003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-174', '马宇轩', '330199197608091744', 'female', '1976-08-09', '汉族', '18617358651', '浙江省云溪县', '云溪县003005号', 'registered', '330199002003005', '330199002003005001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-175', '张德华', '330199195411231759', 'male', '1954-11-23', '汉族', '13851777690', '浙江省云溪县', '云溪县003005号', 'registered', '330199002003005', '330199002003005002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-176', '郑建平', '330199198504051769', 'female', '1985-04-05', '汉族', '18631282941', '浙江省云溪县', '云溪县004001号', 'left_behind', '330199002004001', '330199002004001001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-177', '朱宇轩', '330199198101071773', 'male', '1981-01-07', '汉族', '15889852069', '安徽省阜阳市颍州区', '云溪县004001号', 'floating', '330199002004001', '330199002004001002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-178', '周德华', '330199197807271780', 'female', '1978-07-27', '汉族', '15863205037', '浙江省云溪县', '云溪县004001号', 'registered', '330199002004001', '330199002004001003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-179', '何建平', '33019919710923179X', 'male', '1971-09-23', '汉族', '13844869709', '浙江省云溪县', '云溪县004001号', 'registered', '330199002004001', '330199002004001001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-180', '刘国强', '330199197212241806', 'female', '1972-12-24', '汉族', '13832823949', '浙江省云溪县', '云溪县004001号', 'registered', '330199002004001', '330199002004001002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-181', '林子涵', '330199196710281814', 'male', '1967-10-28', '畲族', '13840132431', '浙江省云溪县', '云溪县004002号', 'registered', '330199002004002', '330199002004002001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-182', '罗浩然', '330199196508231821', 'female', '1965-08-23', '汉族', '13899648058', '浙江省云溪县', '云溪县004002号', 'registered', '330199002004002', '330199002004002002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-183', '朱国强', '330199194204021834', 'male', '1942-04-02', '汉族', '15826377765', '浙江省云溪县', '云溪县004002号', 'registered', '330199002004002', '330199002004002003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-184', '曹美兰', '330199195507021844', 'female', '1955-07-02', '汉族', '18620940432', '浙江省云溪县', '云溪县004002号', 'registered', '330199002004002', '330199002004002001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-185', '陈淑芬', '330199196402251859', 'male', '1964-02-25', '畲族', '18614554998', '浙江省云溪县', '云溪县004002号', 'registered', '330199002004002', '330199002004002002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-186', '朱秀兰', '330199198706121868', 'female', '1987-06-12', '汉族', '18636583450', '安徽省阜阳市颍州区', '云溪县004003号', 'floating', '330199002004003', '330199002004003001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-187', '韩宇轩', '330199194903281870', 'male', '1949-03-28', '汉族', '15835467397', '浙江省云溪县', '云溪县004003号', 'registered', '330199002004003', '330199002004003002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-188', '冯子涵', '330199197306031885', 'female', '1973-06-03', '畲族', '13839655136', '浙江省云溪县', '云溪县004003号', 'registered', '330199002004003', '330199002004003003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-189', '曹国强', '33019919850608189X', 'male', '1985-06-08', '汉族', '15899500254', '浙江省云溪县', '云溪县004003号', 'registered', '330199002004003', '330199002004003001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-190', '陈宇轩', '330199200103201906', 'female', '2001-03-20', '汉族', '13801374168', '浙江省云溪县', '云溪县004003号', 'registered', '330199002004003', '330199002004003002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-191', '冯德华', '330199198904241916', 'male', '1989-04-24', '汉族', '15828399191', '浙江省云溪县', '云溪县004004号', 'left_behind', '330199002004004', '330199002004004001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-192', '邓欣怡', '330199196505061927', 'female', '1965-05-06', '汉族', '15859582423', '安徽省阜阳市颍州区', '云溪县004004号', 'floating', '330199002004004', '330199002004004002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-193', '王雨桐', '330199196906011939', 'male', '1969-06-01', '汉族', '15846911483', '浙江省云溪县', '云溪县004004号', 'registered', '330199002004004', '330199002004004003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-194', '曹梓萱', '330199197309151946', 'female', '1973-09-15', '汉族', '15817896418', '安徽省阜阳市颍州区', '云溪县004004号', 'floating', '330199002004004', '330199002004004001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-195', '唐雨桐', '330199197908051955', 'male', '1979-08-05', '汉族', '15815149131', '安徽省阜阳市颍州区', '云溪县004004号', 'floating', '330199002004004', '330199002004004002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-196', '胡德华', '330199198906091966', 'female', '1989-06-09', '汉族', '18637309505', '浙江省云溪县', '云溪县004005号', 'registered', '330199002004005', '330199002004005001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-197', '罗欣怡', '330199194508261976', 'male', '1945-08-26', '汉族', '13843756827', '浙江省云溪县', '云溪县004005号', 'left_behind', '330199002004005', '330199002004005002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-198', '谢秀兰', '330199194807051987', 'female', '1948-07-05', '汉族', '13820534869', '浙江省云溪县', '云溪县004005号', 'registered', '330199002004005', '330199002004005003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-199', '冯志明', '330199194910061999', 'male', '1949-10-06', '汉族', '13807766722', '浙江省云溪县', '云溪县004005号', 'registered', '330199002004005', '330199002004005001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-200', '高浩然', '330199195706022006', 'female', '1957-06-02', '汉族', '18608123322', '浙江省云溪县', '云溪县004005号', 'registered', '330199002004005', '330199002004005002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-201', '杨国强', '330199198304222017', 'male', '1983-04-22', '汉族', '18644086890', '安徽省阜阳市颍州区', '云溪县201001号', 'floating', '330199101201001', '330199101201001001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-202', '宋美兰', '330199199404252023', 'female', '1994-04-25', '汉族', '15817624529', '浙江省云溪县', '云溪县201001号', 'registered', '330199101201001', '330199101201001002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-203', '杨建平', '330199197212252038', 'male', '1972-12-25', '汉族', '13801540660', '浙江省云溪县', '云溪县201001号', 'registered', '330199101201001', '330199101201001003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-204', '王美兰', '330199199707262042', 'female', '1997-07-26', '汉族', '13828208779', '浙江省云溪县', '云溪县201001号', 'left_behind', '330199101201001', '330199101201001001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-205', '曹德华', '330199199209172052', 'male', '1992-09-17', '汉族', '15890602947', '浙江省云溪县', '云溪县201001号', 'registered', '330199101201001', '330199101201001002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-206', '梁美兰', '330199199711192067', 'female', '1997-11-19', '汉族', '13838505501', '浙江省云溪县', '云溪县201002号', 'registered', '330199101201002', '330199101201002001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-207', '刘梓萱', '330199200106072070', 'male', '2001-06-07', '汉族', '13819222846', '浙江省云溪县', '云溪县201002号', 'registered', '330199101201002', '330199101201002002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-208', '邓子涵', '33019919630915208X', 'female', '1963-09-15', '汉族', '13857330798', '安徽省阜阳市颍州区', '云溪县201002号', 'floating', '330199101201002', '330199101201002003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-209', '唐秀兰', '330199194404262093', 'male', '1944-04-26', '汉族', '15856244818', '浙江省云溪县', '云溪县201002号', 'registered', '330199101201002', '330199101201002001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-210', '冯梓萱', '330199198508182109', 'female', '1985-08-18', '汉族', '15805907636', '安徽省阜阳市颍州区', '云溪县201002号', 'floating', '330199101201002', '330199101201002002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-211', '黄秀兰', '330199194301112113', 'male', '1943-01-11', '畲族', '13818557727', '浙江省云溪县', '云溪县201003号', 'registered', '330199101201003', '330199101201003001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-212', '高美兰', '330199197209122128', 'female', '1972-09-12', '汉族', '13825438497', '安徽省阜阳市颍州区', '云溪县201003号', 'floating', '330199101201003', '330199101201003002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-213', '冯梓萱', '330199198805282130', 'male', '1988-05-28', '汉族', '13843466226', '浙江省云溪县', '云溪县201003号', 'registered', '330199101201003', '330199101201003003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-214', '马梓萱', '330199196505252141', 'female', '1965-05-25', '汉族', '13842542758', '浙江省云溪县', '云溪县201003号', 'left_behind', '330199101201003', '330199101201003001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-215', '张欣怡', '330199195305082155', 'male', '1953-05-08', '汉族', '15823403026', '浙江省云溪县', '云溪县201003号', 'registered', '330199101201003', '330199101201003002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-216', '宋丽娟', '33019919830108216X', 'female', '1983-01-08', '汉族', '18686848630', '浙江省云溪县', '云溪县201004号', 'registered', '330199101201004', '330199101201004001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-217', '何浩然', '330199198901252177', 'male', '1989-01-25', '汉族', '18620609603', '浙江省云溪县', '云溪县201004号', 'registered', '330199101201004', '330199101201004002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-218', '韩梓萱', '330199197801232182', 'female', '1978-01-23', '畲族', '15800814888', '安徽省阜阳市颍州区', '云溪县201004号', 'floating', '330199101201004', '330199101201004003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-219', '孙志明', '330199199905012191', 'male', '1999-05-01', '汉族', '18663596246', '浙江省云溪县', '云溪县201004号', 'left_behind', '330199101201004', '330199101201004001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-220', '宋国强', '33019919830218220X', 'female', '1983-02-18', '畲族', '15831331527', '浙江省云溪县', '云溪县201004号', 'registered', '330199101201004', '330199101201004002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-221', '林国强', '330199196210152215', 'male', '1962-10-15', '汉族', '18690156899', '浙江省云溪县', '云溪县201005号', 'registered', '330199101201005', '330199101201005001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-222', '韩国强', '330199198705232224', 'female', '1987-05-23', '汉族', '15842347085', '浙江省云溪县', '云溪县201005号', 'registered', '330199101201005', '330199101201005002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-223', '杨国强', '330199196512282234', 'male', '1965-12-28', '汉族', '13874740072', '浙江省云溪县', '云溪县201005号', 'left_behind', '330199101201005', '330199101201005003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-224', '韩秀兰', '330199197804102244', 'female', '1978-04-10', '汉族', '15834102636', '浙江省云溪县', '云溪县201005号', 'left_behind', '330199101201005', '330199101201005001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-225', '曹浩然', '330199199003182255', 'male', '1990-03-18', '汉族', '15824073143', '浙江省云溪县', '云溪县201005号', 'registered', '330199101201005', '330199101201005002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-226', '林德华', '330199198809102264', 'female', '1988-09-10', '汉族', '18605294438', '安徽省阜阳市颍州区', '云溪县202001号', 'floating', '330199101202001', '330199101202001001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-227', '林美兰', '330199194706042272', 'male', '1947-06-04', '汉族', '18683930546', '浙江省云溪县', '云溪县202001号', 'registered', '330199101202001', '330199101202001002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-228', '马宇轩', '330199199401032287', 'female', '1994-01-03', '汉族', '15815222089', '安徽省阜阳市颍州区', '云溪县202001号', 'floating', '330199101202001', '330199101202001003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-229', '郭子涵', '330199194708242294', 'male', '1947-08-24', '汉族', '18608660950', '浙江省云溪县', '云溪县202001号', 'registered', '330199101202001', '330199101202001001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-230', '邓子涵', '330199195102132300', 'female', '1951-02-13', '汉族', '15883541999', '浙江省云溪县', '云溪县202001号', 'registered', '330199101202001', '330199101202001002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-231', '张淑芬', '330199194908042318', 'male', '1949-08-04', '汉族', '15824870889', '浙江省云溪县', '云溪县202002号', 'registered', '330199101202002', '330199101202002001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-232', '何浩然', '330199194409062322', 'female', '1944-09-06', '汉族', '15801908626', '浙江省云溪县', '云溪县202002号', 'left_behind', '330199101202002', '330199101202002002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-233', '胡丽娟', '330199196507162334', 'male', '1965-07-16', '汉族', '15806784726', '浙江省云溪县', '云溪县202002号', 'registered', '330199101202002', '330199101202002003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-234', '宋丽娟', '330199196407032348', 'female', '1964-07-03', '畲族', '18669871527', '安徽省阜阳市颍州区', '云溪县202002号', 'floating', '330199101202002', '330199101202002001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-235', '赵志明', '330199197502082356', 'male', '1975-02-08', '畲族', '15839086510', '浙江省云溪县', '云溪县202002号', 'registered', '330199101202002', '330199101202002002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-236', '郭志明', '330199196012252362', 'female', '1960-12-25', '汉族', '15898691145', '浙江省云溪县', '云溪县202003号', 'left_behind', '330199101202003', '330199101202003001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-237', '陈宇轩', '330199195312162372', 'male', '1953-12-16', '汉族', '18659803217', '浙江省云溪县', '云溪县202003号', 'registered', '330199101202003', '330199101202003002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-238', '周丽娟', '330199194107232381', 'female', '1941-07-23', '汉族', '13828825738', '浙江省云溪县', '云溪县202003号', 'registered', '330199101202003', '330199101202003003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-239', '黄美兰', '330199198812092394', 'male', '1988-12-09', '汉族', '13809891748', '安徽省阜阳市颍州区', '云溪县202003号', 'floating', '330199101202003', '330199101202003001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-240', '王宇轩', '330199198606012402', 'female', '1986-06-01', '汉族', '13860271296', '浙江省云溪县', '云溪县202003号', 'registered', '330199101202003', '330199101202003002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-241', '张秀兰', '330199197803152418', 'male', '1978-03-15', '汉族', '18696086477', '浙江省云溪县', '云溪县202004号', 'registered', '330199101202004', '330199101202004001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-242', '吴梓萱', '330199198509242425', 'female', '1985-09-24', '汉族', '18661469752', '浙江省云溪县', '云溪县202004号', 'registered', '330199101202004', '330199101202004002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-243', '周建平', '330199198203132434', 'male', '1982-03-13', '汉族', '13887758237', '浙江省云溪县', '云溪县202004号', 'registered', '330199101202004', '330199101202004003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-244', '林建平', '330199196309272444', 'female', '1963-09-27', '汉族', '15869494550', '浙江省云溪县', '云溪县202004号', 'registered', '330199101202004', '330199101202004001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-245', '朱淑芬', '330199198910192452', 'male', '1989-10-19', '汉族', '13888000764', '浙江省云溪县', '云溪县202004号', 'registered', '330199101202004', '330199101202004002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-246', '林浩然', '330199196703122460', 'female', '1967-03-12', '畲族', '15811205089', '浙江省云溪县', '云溪县202005号', 'registered', '330199101202005', '330199101202005001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-247', '高俊杰', '330199194901262473', 'male', '1949-01-26', '汉族', '15834926439', '浙江省云溪县', '云溪县202005号', 'left_behind', '330199101202005', '330199101202005002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-248', '冯志明', '330199196208112484', 'female', '1962-08-11', '汉族', '13813510135', '安徽省阜阳市颍州区', '云溪县202005号', 'floating', '330199101202005', '330199101202005003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-249', '陈淑芬', '330199197001192493', 'male', '1970-01-19', '汉族', '18667744411', '浙江省云溪县', '云溪县202005号', 'registered', '330199101202005', '330199101202005001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-250', '孙梓萱', '330199197801112500', 'female', '1978-01-11', '汉族', '18631300608', '浙江省云溪县', '云溪县202005号', 'registered', '330199101202005', '330199101202005002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-251', '罗志明', '330199197706222517', 'male', '1977-06-22', '汉族', '13888046121', '浙江省云溪县', '云溪县203001号', 'registered', '330199101203001', '330199101203001001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-252', '刘德华', '330199198204242520', 'female', '1982-04-24', '汉族', '15836920604', '浙江省云溪县', '云溪县203001号', 'registered', '330199101203001', '330199101203001002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-253', '郑丽娟', '330199199009222537', 'male', '1990-09-22', '汉族', '13899268226', '浙江省云溪县', '云溪县203001号', 'registered', '330199101203001', '330199101203001003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-254', '韩丽娟', '330199196501242544', 'female', '1965-01-24', '汉族', '18625247928', '安徽省阜阳市颍州区', '云溪县203001号', 'floating', '330199101203001', '330199101203001001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-255', '朱雨桐', '330199195301082553', 'male', '1953-01-08', '汉族', '13883663585', '浙江省云溪县', '云溪县203001号', 'registered', '330199101203001', '330199101203001002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-256', '杨子涵', '330199196604202561', 'female', '1966-04-20', '汉族', '15884122222', '安徽省阜阳市颍州区', '云溪县203002号', 'floating', '330199101203002', '330199101203002001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-257', '何丽娟', '330199197011112573', 'male', '1970-11-11', '汉族', '18686000957', '浙江省云溪县', '云溪县203002号', 'registered', '330199101203002', '330199101203002002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-258', '韩浩然', '330199195806012585', 'female', '1958-06-01', '汉族', '15842970088', '安徽省阜阳市颍州区', '云溪县203002号', 'floating', '330199101203002', '330199101203002003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-259', '胡淑芬', '330199196301102598', 'male', '1963-01-10', '汉族', '15894934433', '安徽省阜阳市颍州区', '云溪县203002号', 'floating', '330199101203002', '330199101203002001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-260', '马国强', '330199196003182606', 'female', '1960-03-18', '汉族', '18687109146', '浙江省云溪县', '云溪县203002号', 'left_behind', '330199101203002', '330199101203002002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-261', '朱俊杰', '330199198002202619', 'male', '1980-02-20', '汉族', '18629427202', '浙江省云溪县', '云溪县203003号', 'registered', '330199101203003', '330199101203003001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-262', '杨宇轩', '330199194908142626', 'female', '1949-08-14', '汉族', '13835228117', '浙江省云溪县', '云溪县203003号', 'registered', '330199101203003', '330199101203003002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-263', '吴建平', '330199196903012637', 'male', '1969-03-01', '汉族', '13881186551', '浙江省云溪县', '云溪县203003号', 'registered', '330199101203003', '330199101203003003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-264', '邓丽娟', '330199194606082648', 'female', '1946-06-08', '汉族', '18680265880', '浙江省云溪县', '云溪县203003号', 'left_behind', '330199101203003', '330199101203003001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-265', '王淑芬', '330199197610212656', 'male', '1976-10-21', '汉族', '13818179167', '浙江省云溪县', '云溪县203003号', 'registered', '330199101203003', '330199101203003002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-266', '赵雨桐', '330199194408172669', 'female', '1944-08-17', '汉族', '13825128744', '浙江省云溪县', '云溪县203004号', 'left_behind', '330199101203004', '330199101203004001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-267', '杨雨桐', '330199195705192679', 'male', '1957-05-19', '汉族', '15869984369', '浙江省云溪县', '云溪县203004号', 'registered', '330199101203004', '330199101203004002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-268', '马雨桐', '330199198912122685', 'female', '1989-12-12', '汉族', '15837432307', '安徽省阜阳市颍州区', '云溪县203004号', 'floating', '330199101203004', '330199101203004003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-269', '高德华', '330199198207122698', 'male', '1982-07-12', '汉族', '18619831998', '浙江省云溪县', '云溪县203004号', 'registered', '330199101203004', '330199101203004001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-270', '郭丽娟', '330199199301152708', 'female', '1993-01-15', '汉族', '18607250602', '安徽省阜阳市颍州区', '云溪县203004号', 'floating', '330199101203004', '330199101203004002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-271', '孙丽娟', '330199194807242716', 'male', '1948-07-24', '汉族', '15844721635', '浙江省云溪县', '云溪县203005号', 'left_behind', '330199101203005', '330199101203005001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-272', '李德华', '330199196012152724', 'female', '1960-12-15', '汉族', '13873082942', '浙江省云溪县', '云溪县203005号', 'left_behind', '330199101203005', '330199101203005002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-273', '许美兰', '330199196211202739', 'male', '1962-11-20', '汉族', '18684800196', '浙江省云溪县', '云溪县203005号', 'left_behind', '330199101203005', '330199101203005003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-274', '唐志明', '33019919901224274X', 'female', '1990-12-24', '汉族', '18651024143', '浙江省云溪县', '云溪县203005号', 'registered', '330199101203005', '330199101203005001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-275', '郭欣怡', '330199196707252756', 'male', '1967-07-25', '汉族', '13825697151', '浙江省云溪县', '云溪县203005号', 'registered', '330199101203005', '330199101203005002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-276', '冯建平', '330199194805162763', 'female', '1948-05-16', '汉族', '15832326264', '浙江省云溪县', '云溪县204001号', 'left_behind', '330199101204001', '330199101204001001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-277', '韩国强', '330199194409212773', 'male', '1944-09-21', '汉族', '15865004744', '浙江省云溪县', '云溪县204001号', 'left_behind', '330199101204001', '330199101204001002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-278', '刘欣怡', '330199196506062788', 'female', '1965-06-06', '汉族', '15817045261', '浙江省云溪县', '云溪县204001号', 'left_behind', '330199101204001', '330199101204001003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-279', '陈德华', '330199195801142794', 'male', '1958-01-14', '汉族', '13835140560', '浙江省云溪县', '云溪县204001号', 'left_behind', '330199101204001', '330199101204001001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-280', '邓国强', '330199199604262808', 'female', '1996-04-26', '汉族', '13860595062', '浙江省云溪县', '云溪县204001号', 'left_behind', '330199101204001', '330199101204001002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-281', '罗浩然', '330199195210222813', 'male', '1952-10-22', '汉族', '18666203075', '浙江省云溪县', '云溪县204002号', 'registered', '330199101204002', '330199101204002001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-282', '徐国强', '330199196706182821', 'female', '1967-06-18', '汉族', '15816805541', '浙江省云溪县', '云溪县204002号', 'registered', '330199101204002', '330199101204002002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-283', '胡子涵', '330199197410122832', 'male', '1974-10-12', '畲族', '18668955558', '浙江省云溪县', '云溪县204002号', 'registered', '330199101204002', '330199101204002003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-284', '邓浩然', '330199197202022845', 'female', '1972-02-02', '汉族', '13833811267', '浙江省云溪县', '云溪县204002号', 'registered', '330199101204002', '330199101204002001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-285', '周志明', '330199199302262853', 'male', '1993-02-26', '汉族', '15854398230', '浙江省云溪县', '云溪县204002号', 'registered', '330199101204002', '330199101204002002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-286', '胡秀兰', '33019919970718286X', 'female', '1997-07-18', '汉族', '13887418140', '安徽省阜阳市颍州区', '云溪县204003号', 'floating', '330199101204003', '330199101204003001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-287', '邓雨桐', '330199194803112877', 'male', '1948-03-11', '汉族', '18604481972', '浙江省云溪县', '云溪县204003号', 'registered', '330199101204003', '330199101204003002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-288', '谢丽娟', '330199196908112880', 'female', '1969-08-11', '汉族', '13851998909', '浙江省云溪县', '云溪县204003号', 'registered', '330199101204003', '330199101204003003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-289', '胡浩然', '330199196911232891', 'male', '1969-11-23', '汉族', '15841239885', '浙江省云溪县', '云溪县204003号', 'registered', '330199101204003', '330199101204003001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-290', '高子涵', '330199196512032905', 'female', '1965-12-03', '汉族', '18671447793', '浙江省云溪县', '云溪县204003号', 'left_behind', '330199101204003', '330199101204003002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-291', '周宇轩', '330199199305072916', 'male', '1993-05-07', '汉族', '13807852457', '浙江省云溪县', '云溪县204004号', 'registered', '330199101204004', '330199101204004001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-292', '唐国强', '330199196908182926', 'female', '1969-08-18', '汉族', '15877784908', '浙江省云溪县', '云溪县204004号', 'registered', '330199101204004', '330199101204004002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-293', '曹宇轩', '330199195804122932', 'male', '1958-04-12', '汉族', '13882821520', '浙江省云溪县', '云溪县204004号', 'left_behind', '330199101204004', '330199101204004003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-294', '冯丽娟', '330199194806252947', 'female', '1948-06-25', '汉族', '15887159043', '浙江省云溪县', '云溪县204004号', 'left_behind', '330199101204004', '330199101204004001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-295', '马宇轩', '330199199109022954', 'male', '1991-09-02', '畲族', '13868376697', '浙江省云溪县', '云溪县204004号', 'left_behind', '330199101204004', '330199101204004002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-296', '马欣怡', '330199195005222961', 'female', '1950-05-22', '汉族', '18636562250', '浙江省云溪县', '云溪县204005号', 'registered', '330199101204005', '330199101204005001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-297', '孙德华', '330199198912222977', 'male', '1989-12-22', '汉族', '15818819095', '浙江省云溪县', '云溪县204005号', 'left_behind', '330199101204005', '330199101204005002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-298', '赵梓萱', '330199200410232980', 'female', '2004-10-23', '汉族', '13880522366', '浙江省云溪县', '云溪县204005号', 'registered', '330199101204005', '330199101204005003', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-299', '许宇轩', '330199200012052992', 'male', '2000-12-05', '汉族', '15805590834', '安徽省阜阳市颍州区', '云溪县204005号', 'floating', '330199101204005', '330199101204005001', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-300', '马志明', '330199199104013004', 'female', '1991-04-01', '畲族', '13879144586', '浙江省云溪县', '云溪县204005号', 'registered', '330199101204005', '330199101204005002', 0, 1796455311, 1796455311, NULL);
INSERT INTO public.residents VALUES ('demo-resident-2', '郑美兰', '330199194104260029', 'female', '1941-04-26', '汉族', '18627773889', '安徽省阜阳市颍州区', '云溪县001001号', 'floating', '330199001001001', '330199001001001002', 0, 1796455311, 1796455311, '2025-03-01');


--
-- Data for Name: safety_agreements; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.safety_agreements VALUES ('demo-agreement-1', 'demo-organisation-1', '330199001001001', 2026, '2026-10-06', '云溪县幸福里物业服务有限公司 王经理', '落实消防安全主体责任，每月开展一次隐患自查，消防通道保持畅通。', 1791271311);


--
-- Data for Name: schema_migrations; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.schema_migrations VALUES ('kernel_0001_staff_sessions', 1796455310);
INSERT INTO public.schema_migrations VALUES ('kernel_0002_audit', 1796455310);
INSERT INTO public.schema_migrations VALUES ('kernel_0003_rate_limits', 1796455310);
INSERT INTO public.schema_migrations VALUES ('kernel_0004_audit_keyed', 1796455310);
INSERT INTO public.schema_migrations VALUES ('kernel_0005_case_notices', 1796455310);
INSERT INTO public.schema_migrations VALUES ('kernel_0006_change_counters', 1796455310);
INSERT INTO public.schema_migrations VALUES ('grids_0001_units', 1796455310);
INSERT INTO public.schema_migrations VALUES ('registry_0001_residents', 1796455310);
INSERT INTO public.schema_migrations VALUES ('registry_0002_organisations', 1796455310);
INSERT INTO public.schema_migrations VALUES ('registry_0003_households', 1796455310);
INSERT INTO public.schema_migrations VALUES ('registry_0004_residence_permits', 1796455310);
INSERT INTO public.schema_migrations VALUES ('registry_0005_houses_rentals', 1796455310);
INSERT INTO public.schema_migrations VALUES ('registry_0006_import_jobs', 1796455310);
INSERT INTO public.schema_migrations VALUES ('registry_0007_organisation_employees', 1796455310);
INSERT INTO public.schema_migrations VALUES ('registry_0008_resident_counts', 1796455310);
INSERT INTO public.schema_migrations VALUES ('registry_0009_resident_conflicts', 1796455310);
INSERT INTO public.schema_migrations VALUES ('registry_0010_search_terms', 1796455310);
INSERT INTO public.schema_migrations VALUES ('registry_0011_type_lists', 1796455310);
INSERT INTO public.schema_migrations VALUES ('workorders_0001_orders', 1796455310);
INSERT INTO public.schema_migrations VALUES ('workorders_0002_supervision', 1796455310);
INSERT INTO public.schema_migrations VALUES ('workorders_0003_open311', 1796455310);
INSERT INTO public.schema_migrations VALUES ('workorders_0004_handling', 1796455310);
INSERT INTO public.schema_migrations VALUES ('workorders_0005_portal', 1796455310);
INSERT INTO public.schema_migrations VALUES ('workorders_0006_open_due', 1796455310);
INSERT INTO public.schema_migrations VALUES ('workorders_0007_unit_open_due', 1796455310);
INSERT INTO public.schema_migrations VALUES ('workorders_0008_tracking_code', 1796455310);
INSERT INTO public.schema_migrations VALUES ('workorders_0009_case_notices', 1796455310);
INSERT INTO public.schema_migrations VALUES ('workorders_0010_list_indexes', 1796455310);
INSERT INTO public.schema_migrations VALUES ('workorders_0011_scope_statistics', 1796455310);
INSERT INTO public.schema_migrations VALUES ('workorders_0012_category_lists', 1796455310);
INSERT INTO public.schema_migrations VALUES ('workorders_0013_deadline_ties', 1796455310);
INSERT INTO public.schema_migrations VALUES ('workorders_0014_due_grid_and_unit_category_status', 1796455310);
INSERT INTO public.schema_migrations VALUES ('workorders_0015_supervised_due', 1796455310);
INSERT INTO public.schema_migrations VALUES ('petitions_0001_register', 1796455310);
INSERT INTO public.schema_migrations VALUES ('petitions_0002_receptions_backlog', 1796455310);
INSERT INTO public.schema_migrations VALUES ('petitions_0003_supervision', 1796455310);
INSERT INTO public.schema_migrations VALUES ('petitions_0004_owed_due', 1796455310);
INSERT INTO public.schema_migrations VALUES ('petitions_0005_petitioner_link', 1796455310);
INSERT INTO public.schema_migrations VALUES ('petitions_0006_tracking_code', 1796455310);
INSERT INTO public.schema_migrations VALUES ('petitions_0007_case_notices', 1796455310);
INSERT INTO public.schema_migrations VALUES ('petitions_0008_channel_lists_and_rate', 1796455310);
INSERT INTO public.schema_migrations VALUES ('petitions_0009_kept_reply_counts', 1796455310);
INSERT INTO public.schema_migrations VALUES ('petitions_0010_list_ties', 1796455310);
INSERT INTO public.schema_migrations VALUES ('disputes_0001_register', 1796455310);
INSERT INTO public.schema_migrations VALUES ('disputes_0002_screening', 1796455310);
INSERT INTO public.schema_migrations VALUES ('disputes_0003_open_due', 1796455310);
INSERT INTO public.schema_migrations VALUES ('disputes_0004_event_index_name', 1796455310);
INSERT INTO public.schema_migrations VALUES ('disputes_0005_type_lists_and_figures', 1796455310);
INSERT INTO public.schema_migrations VALUES ('disputes_0006_kept_figures', 1796455310);
INSERT INTO public.schema_migrations VALUES ('disputes_0007_list_ties_and_unit_figures', 1796455310);
INSERT INTO public.schema_migrations VALUES ('riskassessment_0001_decisions', 1796455310);
INSERT INTO public.schema_migrations VALUES ('riskassessment_0002_participation_and_experts', 1796455310);
INSERT INTO public.schema_migrations VALUES ('riskassessment_0003_assessment', 1796455310);
INSERT INTO public.schema_migrations VALUES ('riskassessment_0004_hearings_surveys_links', 1796455310);
INSERT INTO public.schema_migrations VALUES ('safety_0001_hazards_emergencies_warnings', 1796455310);
INSERT INTO public.schema_migrations VALUES ('safety_0002_venues_agreements', 1796455310);
INSERT INTO public.schema_migrations VALUES ('safety_0003_hazard_photos', 1796455310);
INSERT INTO public.schema_migrations VALUES ('participation_0001_ballots', 1796455310);
INSERT INTO public.schema_migrations VALUES ('caseloads_0001_caseloads', 1796455310);
INSERT INTO public.schema_migrations VALUES ('participation_0002_projects_commitments_points', 1796455310);
INSERT INTO public.schema_migrations VALUES ('participation_0003_proposals_council_agreements_stars', 1796455310);


--
-- Data for Name: screening_reports; Type: TABLE DATA; Schema: public; Owner: postgres
--



--
-- Data for Name: screening_rounds; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.screening_rounds VALUES ('demo-round-1', '330199001', 'township', '2026-12-01', '2026-12-15', '', 'demo-street_sup', 1796455311);


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: postgres
--



--
-- Data for Name: spatial_revision; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.spatial_revision VALUES (1, 1);


--
-- Data for Name: staff; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.staff VALUES ('demo-admin', 'admin', '$2b$10$GVbAYDq0fbW.N.epjfHCme54oMcvHyi4gLlKc19eeKE6VSvstDCnu', '系统管理员', 'admin', NULL, '330199', '县大数据中心', NULL, 'zh-Hans', 1, 1796455311, 1796455311);
INSERT INTO public.staff VALUES ('demo-leader', 'leader', '$2b$10$ktdUopZZKOkiT0O3py83Aud4SXG74.WsAC5/fKofiyLCz6Hk/iw42', '周县长', 'leader', NULL, '330199', '县人民政府', NULL, 'zh-Hans', 1, 1796455311, 1796455311);
INSERT INTO public.staff VALUES ('demo-supervisor', 'supervisor', '$2b$10$klVCp501zKeSNyNpOslB4.wvVCWwQg33KO8ZiDosHMoSufZLhrtgG', '县综治中心 李督办', 'supervisor', NULL, '330199', '县综治中心', NULL, 'zh-Hans', 1, 1796455311, 1796455311);
INSERT INTO public.staff VALUES ('demo-street_sup', 'street_sup', '$2b$10$/64ozda3iw270JCUKTRcxOyFzkcARoNYgH/UXtpIggGMbYKSm6uAq', '城关街道 王主任', 'supervisor', NULL, '330199001', '城关街道综治中心', NULL, 'zh-Hans', 1, 1796455311, 1796455311);
INSERT INTO public.staff VALUES ('demo-gridworker1', 'gridworker1', '$2b$10$Zl3lI29zi44nRz6BMaceeu3xQNtBDhvLPq5Zhq/GFQ49U2W6wYmvC', '陈晓燕', 'grid_worker', 'head', '330199001001001', NULL, NULL, 'zh-Hans', 1, 1796455311, 1796455311);
INSERT INTO public.staff VALUES ('demo-gridworker2', 'gridworker2', '$2b$10$oV81bH/XHoiPWriaYbkpsONtK./jD1nGAOxRUvc49MHGqrmJw3il2', '刘建军', 'grid_worker', 'head', '330199001001002', NULL, NULL, 'zh-Hans', 1, 1796455311, 1796455311);
INSERT INTO public.staff VALUES ('demo-gridworker3', 'gridworker3', '$2b$10$3byWmDVcCNSxU1TWlIxx1OxblIbJkUpXsl.eBSO/iSP.g.WBmSuFS', '吴桂英', 'grid_worker', 'head', '330199101201001', NULL, NULL, 'zh-Hans', 1, 1796455311, 1796455311);
INSERT INTO public.staff VALUES ('demo-gridworker4', 'gridworker4', '$2b$10$hQoMAHon.73ltJDteA2BOuG0BUJPbazjr/gJeNc0rQRIsLAoMSiPe', '何丽萍', 'grid_worker', 'head', '330199002001001', NULL, NULL, 'zh-Hans', 1, 1796455311, 1796455311);
INSERT INTO public.staff VALUES ('demo-clerk', 'clerk', '$2b$10$g4N0oGhblxunXCvoTEZNFO6bX7FXSicaHnj9zEhfmZKtr1nlUdEDu', '幸福里社区窗口 张敏', 'window_clerk', NULL, '330199001001', '幸福里社区服务中心', NULL, 'zh-Hans', 1, 1796455311, 1796455311);
INSERT INTO public.staff VALUES ('demo-handler', 'handler', '$2b$10$2sFDXoYo/h3gmaTX/iHFEOlgFEgdPqEnY94vaFUmVFkj5dQHhjUeC', '县住建局 赵工', 'department_handler', NULL, '330199', '县住房和城乡建设局', NULL, 'zh-Hans', 1, 1796455311, 1796455311);
INSERT INTO public.staff VALUES ('demo-mediator', 'mediator', '$2b$10$JW8CGWArnOBwamp/IpV1ge5csaBUtI5kXrI0icCcdgH55xq8GYTBC', '城关街道调委会 孙调解员', 'mediator', NULL, '330199001', '城关街道人民调解委员会', NULL, 'zh-Hans', 1, 1796455311, 1796455311);
INSERT INTO public.staff VALUES ('demo-petition', 'petition', '$2b$10$hrxNJ2mQ.Mb4tpX.nEipouPQIG1xE2.Tr.zy0ZaGcds2b3AayH5qC', '县信访局 郑科长', 'petition_officer', NULL, '330199', '县信访局', NULL, 'zh-Hans', 1, 1796455312, 1796455312);
INSERT INTO public.staff VALUES ('demo-legal', 'legal', '$2b$10$2gO3srOV4J2S6Eh5vpOFpu4Qr.v6h.E0mTSQiop1yhj/c13.bNn0O', '县司法局 法制审核 冯科长', 'legal_officer', NULL, '330199', '县司法局', NULL, 'zh-Hans', 1, 1796455312, 1796455312);
INSERT INTO public.staff VALUES ('demo-socialworker', 'socialworker', '$2b$10$Jaxr1SR4L4BZXKmlp/M5Zu6k84f1FBRJXfxlUdP41QoBkiG5MyRpW', '溪南街道司法所 黄社工', 'social_worker', NULL, '330199002', '溪南司法所', NULL, 'zh-Hans', 1, 1796455312, 1796455312);


--
-- Data for Name: star_households; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.star_households VALUES ('demo-household-1', 2026, '330199001001001', 4, 'law_abiding,harmony,hygiene,volunteering', '热心垃圾分类督导', 'demo-clerk', 1796023311);


--
-- Data for Name: units; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.units VALUES ('330199', NULL, 'county', '云溪县', 'urban', NULL, '浙江省云溪县', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001', '330199', 'street', '城关街道', 'urban', NULL, '云溪县城关街道', '{"type":"Polygon","coordinates":[[[120,30],[120.2,30],[120.2,30.08],[120,30.08],[120,30]]]}', NULL, NULL, 120, 30, 120.2, 30.08, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001001', '330199001', 'community', '幸福里社区', 'urban', NULL, '云溪县城关街道解放路', '{"coordinates":[[[120,30],[120.1,30],[120.1,30.04],[120,30.04],[120,30]]],"type":"Polygon"}', NULL, NULL, 120, 30, 120.1, 30.04, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001001001', '330199001001', 'grid', '幸福里社区第1网格', 'urban', 166, '解放路1–19号', '{"type":"Polygon","coordinates":[[[120,30],[120.02,30],[120.0246,30.02],[120.02,30.04],[120,30.04],[120,30.02],[120,30]]]}', NULL, NULL, 120, 30, 120.0246, 30.04, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001001001001', '330199001001001', 'building', '幸福里小区1幢', 'urban', NULL, '解放路1号', NULL, 120.00965, 30.002, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001001001002', '330199001001001', 'building', '幸福里小区2幢', 'urban', NULL, '解放路3号', NULL, 120.01115, 30.01, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001001001003', '330199001001001', 'building', '幸福里小区3幢', 'urban', NULL, '解放路5号', NULL, 120.01265, 30.018, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001001002', '330199001001', 'grid', '幸福里社区第2网格', 'urban', 270, '解放路21–39号', '{"coordinates":[[[120.02,30],[120.04,30],[120.0428,30.02],[120.04,30.04],[120.02,30.04],[120.0246,30.02],[120.02,30]]],"type":"Polygon"}', NULL, NULL, 120.02, 30, 120.0428, 30.04, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001001002001', '330199001001002', 'building', '幸福里小区4幢', 'urban', NULL, '解放路21号', NULL, 120.03035, 30.002, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001001002002', '330199001001002', 'building', '幸福里小区5幢', 'urban', NULL, '解放路23号', NULL, 120.03185, 30.01, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001001002003', '330199001001002', 'building', '幸福里小区6幢', 'urban', NULL, '解放路25号', NULL, 120.03335, 30.018, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001001003', '330199001001', 'grid', '幸福里社区第3网格', 'urban', 156, '解放路41–59号', '{"type":"Polygon","coordinates":[[[120.04,30],[120.06,30],[120.0574,30.02],[120.06,30.04],[120.04,30.04],[120.0428,30.02],[120.04,30]]]}', NULL, NULL, 120.04, 30, 120.06, 30.04, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001001003001', '330199001001003', 'building', '幸福里小区7幢', 'urban', NULL, '解放路41号', NULL, 120.04855, 30.002, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001001003002', '330199001001003', 'building', '幸福里小区8幢', 'urban', NULL, '解放路43号', NULL, 120.05005, 30.01, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001001003003', '330199001001003', 'building', '幸福里小区9幢', 'urban', NULL, '解放路45号', NULL, 120.05155, 30.018, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001001004', '330199001001', 'grid', '幸福里社区第4网格', 'urban', 278, '解放路61–79号', '{"coordinates":[[[120.06,30],[120.08,30],[120.0844,30.02],[120.08,30.04],[120.06,30.04],[120.0574,30.02],[120.06,30]]],"type":"Polygon"}', NULL, NULL, 120.0574, 30, 120.0844, 30.04, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001001004001', '330199001001004', 'building', '幸福里小区10幢', 'urban', NULL, '解放路61号', NULL, 120.06895, 30.002, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001001004002', '330199001001004', 'building', '幸福里小区11幢', 'urban', NULL, '解放路63号', NULL, 120.07045, 30.01, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001001004003', '330199001001004', 'building', '幸福里小区12幢', 'urban', NULL, '解放路65号', NULL, 120.07195, 30.018, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001001005', '330199001001', 'grid', '幸福里社区第5网格', 'urban', 197, '解放路81–99号', '{"type":"Polygon","coordinates":[[[120.08,30],[120.1,30],[120.1,30.02],[120.1,30.04],[120.08,30.04],[120.0844,30.02],[120.08,30]]]}', NULL, NULL, 120.08, 30, 120.1, 30.04, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001001005001', '330199001001005', 'building', '幸福里小区13幢', 'urban', NULL, '解放路81号', NULL, 120.0896, 30.002, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001001005002', '330199001001005', 'building', '幸福里小区14幢', 'urban', NULL, '解放路83号', NULL, 120.0911, 30.01, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001001005003', '330199001001005', 'building', '幸福里小区15幢', 'urban', NULL, '解放路85号', NULL, 120.0926, 30.018, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001002', '330199001', 'community', '文昌社区', 'urban', NULL, '云溪县城关街道人民路', '{"coordinates":[[[120.1,30],[120.2,30],[120.2,30.04],[120.1,30.04],[120.1,30]]],"type":"Polygon"}', NULL, NULL, 120.1, 30, 120.2, 30.04, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001002001', '330199001002', 'grid', '文昌社区第1网格', 'urban', 271, '人民路1–19号', '{"type":"Polygon","coordinates":[[[120.1,30],[120.12,30],[120.126,30.02],[120.12,30.04],[120.1,30.04],[120.1,30.02],[120.1,30]]]}', NULL, NULL, 120.1, 30, 120.126, 30.04, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001002001001', '330199001002001', 'building', '文昌小区1幢', 'urban', NULL, '人民路1号', NULL, 120.11, 30.002, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001002001002', '330199001002001', 'building', '文昌小区2幢', 'urban', NULL, '人民路3号', NULL, 120.1115, 30.01, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001002001003', '330199001002001', 'building', '文昌小区3幢', 'urban', NULL, '人民路5号', NULL, 120.113, 30.018, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001002002', '330199001002', 'grid', '文昌社区第2网格', 'urban', 236, '人民路21–39号', '{"coordinates":[[[120.12,30],[120.14,30],[120.139,30.02],[120.14,30.04],[120.12,30.04],[120.126,30.02],[120.12,30]]],"type":"Polygon"}', NULL, NULL, 120.12, 30, 120.14, 30.04, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001002002001', '330199001002002', 'building', '文昌小区4幢', 'urban', NULL, '人民路21号', NULL, 120.12975, 30.002, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001002002002', '330199001002002', 'building', '文昌小区5幢', 'urban', NULL, '人民路23号', NULL, 120.13125, 30.01, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001002002003', '330199001002002', 'building', '文昌小区6幢', 'urban', NULL, '人民路25号', NULL, 120.13275, 30.018, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001002003', '330199001002', 'grid', '文昌社区第3网格', 'urban', 212, '人民路41–59号', '{"type":"Polygon","coordinates":[[[120.14,30],[120.16,30],[120.1624,30.02],[120.16,30.04],[120.14,30.04],[120.139,30.02],[120.14,30]]]}', NULL, NULL, 120.139, 30, 120.1624, 30.04, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001002003001', '330199001002003', 'building', '文昌小区7幢', 'urban', NULL, '人民路41号', NULL, 120.14885, 30.002, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001002003002', '330199001002003', 'building', '文昌小区8幢', 'urban', NULL, '人民路43号', NULL, 120.15035, 30.01, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001002003003', '330199001002003', 'building', '文昌小区9幢', 'urban', NULL, '人民路45号', NULL, 120.15185, 30.018, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001002004', '330199001002', 'grid', '文昌社区第4网格', 'urban', 300, '人民路61–79号', '{"coordinates":[[[120.16,30],[120.18,30],[120.177,30.02],[120.18,30.04],[120.16,30.04],[120.1624,30.02],[120.16,30]]],"type":"Polygon"}', NULL, NULL, 120.16, 30, 120.18, 30.04, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001002004001', '330199001002004', 'building', '文昌小区10幢', 'urban', NULL, '人民路61号', NULL, 120.16835, 30.002, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001002004002', '330199001002004', 'building', '文昌小区11幢', 'urban', NULL, '人民路63号', NULL, 120.16985, 30.01, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001002004003', '330199001002004', 'building', '文昌小区12幢', 'urban', NULL, '人民路65号', NULL, 120.17135, 30.018, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001004004001', '330199001004004', 'building', '西塘小区10幢', 'urban', NULL, '南门街61号', NULL, 120.17065, 30.042, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001002005', '330199001002', 'grid', '文昌社区第5网格', 'urban', 216, '人民路81–99号', '{"type":"Polygon","coordinates":[[[120.18,30],[120.2,30],[120.2,30.02],[120.2,30.04],[120.18,30.04],[120.177,30.02],[120.18,30]]]}', NULL, NULL, 120.177, 30, 120.2, 30.04, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001002005001', '330199001002005', 'building', '文昌小区13幢', 'urban', NULL, '人民路81号', NULL, 120.18775, 30.002, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001002005002', '330199001002005', 'building', '文昌小区14幢', 'urban', NULL, '人民路83号', NULL, 120.18925, 30.01, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001002005003', '330199001002005', 'building', '文昌小区15幢', 'urban', NULL, '人民路85号', NULL, 120.19075, 30.018, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001003', '330199001', 'community', '南门社区', 'urban', NULL, '云溪县城关街道文昌路', '{"coordinates":[[[120,30.04],[120.1,30.04],[120.1,30.08],[120,30.08],[120,30.04]]],"type":"Polygon"}', NULL, NULL, 120, 30.04, 120.1, 30.08, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001003001', '330199001003', 'grid', '南门社区第1网格', 'urban', 176, '文昌路1–19号', '{"type":"Polygon","coordinates":[[[120,30.04],[120.02,30.04],[120.017,30.06],[120.02,30.08],[120,30.08],[120,30.06],[120,30.04]]]}', NULL, NULL, 120, 30.04, 120.02, 30.08, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001003001001', '330199001003001', 'building', '南门小区1幢', 'urban', NULL, '文昌路1号', NULL, 120.00775, 30.042, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001003001002', '330199001003001', 'building', '南门小区2幢', 'urban', NULL, '文昌路3号', NULL, 120.00925, 30.05, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001003001003', '330199001003001', 'building', '南门小区3幢', 'urban', NULL, '文昌路5号', NULL, 120.01075, 30.058, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001003002', '330199001003', 'grid', '南门社区第2网格', 'urban', 165, '文昌路21–39号', '{"coordinates":[[[120.02,30.04],[120.04,30.04],[120.0438,30.06],[120.04,30.08],[120.02,30.08],[120.017,30.06],[120.02,30.04]]],"type":"Polygon"}', NULL, NULL, 120.017, 30.04, 120.0438, 30.08, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001003002001', '330199001003002', 'building', '南门小区4幢', 'urban', NULL, '文昌路21号', NULL, 120.0287, 30.042, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001003002002', '330199001003002', 'building', '南门小区5幢', 'urban', NULL, '文昌路23号', NULL, 120.0302, 30.05, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001003002003', '330199001003002', 'building', '南门小区6幢', 'urban', NULL, '文昌路25号', NULL, 120.0317, 30.058, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001003003', '330199001003', 'grid', '南门社区第3网格', 'urban', 236, '文昌路41–59号', '{"type":"Polygon","coordinates":[[[120.04,30.04],[120.06,30.04],[120.0604,30.06],[120.06,30.08],[120.04,30.08],[120.0438,30.06],[120.04,30.04]]]}', NULL, NULL, 120.04, 30.04, 120.0604, 30.08, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001003003001', '330199001003003', 'building', '南门小区7幢', 'urban', NULL, '文昌路41号', NULL, 120.04955, 30.042, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001003003002', '330199001003003', 'building', '南门小区8幢', 'urban', NULL, '文昌路43号', NULL, 120.05105, 30.05, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001003003003', '330199001003003', 'building', '南门小区9幢', 'urban', NULL, '文昌路45号', NULL, 120.05255, 30.058, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001003004', '330199001003', 'grid', '南门社区第4网格', 'urban', 253, '文昌路61–79号', '{"coordinates":[[[120.06,30.04],[120.08,30.04],[120.0764,30.06],[120.08,30.08],[120.06,30.08],[120.0604,30.06],[120.06,30.04]]],"type":"Polygon"}', NULL, NULL, 120.06, 30.04, 120.08, 30.08, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001003004001', '330199001003004', 'building', '南门小区10幢', 'urban', NULL, '文昌路61号', NULL, 120.0677, 30.042, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001003004002', '330199001003004', 'building', '南门小区11幢', 'urban', NULL, '文昌路63号', NULL, 120.0692, 30.05, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001003004003', '330199001003004', 'building', '南门小区12幢', 'urban', NULL, '文昌路65号', NULL, 120.0707, 30.058, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001003005', '330199001003', 'grid', '南门社区第5网格', 'urban', 281, '文昌路81–99号', '{"type":"Polygon","coordinates":[[[120.08,30.04],[120.1,30.04],[120.1,30.06],[120.1,30.08],[120.08,30.08],[120.0764,30.06],[120.08,30.04]]]}', NULL, NULL, 120.0764, 30.04, 120.1, 30.08, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001003005001', '330199001003005', 'building', '南门小区13幢', 'urban', NULL, '文昌路81号', NULL, 120.0876, 30.042, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001003005002', '330199001003005', 'building', '南门小区14幢', 'urban', NULL, '文昌路83号', NULL, 120.0891, 30.05, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001003005003', '330199001003005', 'building', '南门小区15幢', 'urban', NULL, '文昌路85号', NULL, 120.0906, 30.058, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001004', '330199001', 'community', '西塘社区', 'urban', NULL, '云溪县城关街道南门街', '{"coordinates":[[[120.1,30.04],[120.2,30.04],[120.2,30.08],[120.1,30.08],[120.1,30.04]]],"type":"Polygon"}', NULL, NULL, 120.1, 30.04, 120.2, 30.08, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001004001', '330199001004', 'grid', '西塘社区第1网格', 'urban', 218, '南门街1–19号', '{"type":"Polygon","coordinates":[[[120.1,30.04],[120.12,30.04],[120.1196,30.06],[120.12,30.08],[120.1,30.08],[120.1,30.06],[120.1,30.04]]]}', NULL, NULL, 120.1, 30.04, 120.12, 30.08, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001004001001', '330199001004001', 'building', '西塘小区1幢', 'urban', NULL, '南门街1号', NULL, 120.1084, 30.042, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001004001002', '330199001004001', 'building', '西塘小区2幢', 'urban', NULL, '南门街3号', NULL, 120.1099, 30.05, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001004001003', '330199001004001', 'building', '西塘小区3幢', 'urban', NULL, '南门街5号', NULL, 120.1114, 30.058, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001004002', '330199001004', 'grid', '西塘社区第2网格', 'urban', 217, '南门街21–39号', '{"coordinates":[[[120.12,30.04],[120.14,30.04],[120.1454,30.06],[120.14,30.08],[120.12,30.08],[120.1196,30.06],[120.12,30.04]]],"type":"Polygon"}', NULL, NULL, 120.1196, 30.04, 120.1454, 30.08, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001004002001', '330199001004002', 'building', '西塘小区4幢', 'urban', NULL, '南门街21号', NULL, 120.12975, 30.042, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001004002002', '330199001004002', 'building', '西塘小区5幢', 'urban', NULL, '南门街23号', NULL, 120.13125, 30.05, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001004002003', '330199001004002', 'building', '西塘小区6幢', 'urban', NULL, '南门街25号', NULL, 120.13275, 30.058, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001004003', '330199001004', 'grid', '西塘社区第3网格', 'urban', 267, '南门街41–59号', '{"type":"Polygon","coordinates":[[[120.14,30.04],[120.16,30.04],[120.1644,30.06],[120.16,30.08],[120.14,30.08],[120.1454,30.06],[120.14,30.04]]]}', NULL, NULL, 120.14, 30.04, 120.1644, 30.08, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001004003001', '330199001004003', 'building', '西塘小区7幢', 'urban', NULL, '南门街41号', NULL, 120.15095, 30.042, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001004003002', '330199001004003', 'building', '西塘小区8幢', 'urban', NULL, '南门街43号', NULL, 120.15245, 30.05, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001004003003', '330199001004003', 'building', '西塘小区9幢', 'urban', NULL, '南门街45号', NULL, 120.15395, 30.058, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001004004', '330199001004', 'grid', '西塘社区第4网格', 'urban', 204, '南门街61–79号', '{"coordinates":[[[120.16,30.04],[120.18,30.04],[120.1842,30.06],[120.18,30.08],[120.16,30.08],[120.1644,30.06],[120.16,30.04]]],"type":"Polygon"}', NULL, NULL, 120.16, 30.04, 120.1842, 30.08, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001004004002', '330199001004004', 'building', '西塘小区11幢', 'urban', NULL, '南门街63号', NULL, 120.17215, 30.05, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001004004003', '330199001004004', 'building', '西塘小区12幢', 'urban', NULL, '南门街65号', NULL, 120.17365, 30.058, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001004005', '330199001004', 'grid', '西塘社区第5网格', 'urban', 265, '南门街81–99号', '{"type":"Polygon","coordinates":[[[120.18,30.04],[120.2,30.04],[120.2,30.06],[120.2,30.08],[120.18,30.08],[120.1842,30.06],[120.18,30.04]]]}', NULL, NULL, 120.18, 30.04, 120.2, 30.08, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001004005001', '330199001004005', 'building', '西塘小区13幢', 'urban', NULL, '南门街81号', NULL, 120.18955, 30.042, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001004005002', '330199001004005', 'building', '西塘小区14幢', 'urban', NULL, '南门街83号', NULL, 120.19105, 30.05, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199001004005003', '330199001004005', 'building', '西塘小区15幢', 'urban', NULL, '南门街85号', NULL, 120.19255, 30.058, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002', '330199', 'street', '溪南街道', 'urban', NULL, '云溪县溪南街道', '{"coordinates":[[[120.2,30],[120.4,30],[120.4,30.08],[120.2,30.08],[120.2,30]]],"type":"Polygon"}', NULL, NULL, 120.2, 30, 120.4, 30.08, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002001', '330199002', 'community', '溪南社区', 'urban', NULL, '云溪县溪南街道西塘路', '{"type":"Polygon","coordinates":[[[120.2,30],[120.3,30],[120.3,30.04],[120.2,30.04],[120.2,30]]]}', NULL, NULL, 120.2, 30, 120.3, 30.04, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002001001', '330199002001', 'grid', '溪南社区第1网格', 'urban', 300, '西塘路1–19号', '{"coordinates":[[[120.2,30],[120.22,30],[120.224,30.02],[120.22,30.04],[120.2,30.04],[120.2,30.02],[120.2,30]]],"type":"Polygon"}', NULL, NULL, 120.2, 30, 120.224, 30.04, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002001001001', '330199002001001', 'building', '溪南小区1幢', 'urban', NULL, '西塘路1号', NULL, 120.2095, 30.002, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002001001002', '330199002001001', 'building', '溪南小区2幢', 'urban', NULL, '西塘路3号', NULL, 120.211, 30.01, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002001001003', '330199002001001', 'building', '溪南小区3幢', 'urban', NULL, '西塘路5号', NULL, 120.2125, 30.018, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002001002', '330199002001', 'grid', '溪南社区第2网格', 'urban', 251, '西塘路21–39号', '{"type":"Polygon","coordinates":[[[120.22,30],[120.24,30],[120.2382,30.02],[120.24,30.04],[120.22,30.04],[120.224,30.02],[120.22,30]]]}', NULL, NULL, 120.22, 30, 120.24, 30.04, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002001002001', '330199002001002', 'building', '溪南小区4幢', 'urban', NULL, '西塘路21号', NULL, 120.22905, 30.002, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002001002002', '330199002001002', 'building', '溪南小区5幢', 'urban', NULL, '西塘路23号', NULL, 120.23055, 30.01, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002001002003', '330199002001002', 'building', '溪南小区6幢', 'urban', NULL, '西塘路25号', NULL, 120.23205, 30.018, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002001003', '330199002001', 'grid', '溪南社区第3网格', 'urban', 247, '西塘路41–59号', '{"coordinates":[[[120.24,30],[120.26,30],[120.2626,30.02],[120.26,30.04],[120.24,30.04],[120.2382,30.02],[120.24,30]]],"type":"Polygon"}', NULL, NULL, 120.2382, 30, 120.2626, 30.04, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002001003001', '330199002001003', 'building', '溪南小区7幢', 'urban', NULL, '西塘路41号', NULL, 120.2487, 30.002, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002001003002', '330199002001003', 'building', '溪南小区8幢', 'urban', NULL, '西塘路43号', NULL, 120.2502, 30.01, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002001003003', '330199002001003', 'building', '溪南小区9幢', 'urban', NULL, '西塘路45号', NULL, 120.2517, 30.018, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002001004', '330199002001', 'grid', '溪南社区第4网格', 'urban', 225, '西塘路61–79号', '{"type":"Polygon","coordinates":[[[120.26,30],[120.28,30],[120.2744,30.02],[120.28,30.04],[120.26,30.04],[120.2626,30.02],[120.26,30]]]}', NULL, NULL, 120.26, 30, 120.28, 30.04, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002001004001', '330199002001004', 'building', '溪南小区10幢', 'urban', NULL, '西塘路61号', NULL, 120.26775, 30.002, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002001004002', '330199002001004', 'building', '溪南小区11幢', 'urban', NULL, '西塘路63号', NULL, 120.26925, 30.01, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002001004003', '330199002001004', 'building', '溪南小区12幢', 'urban', NULL, '西塘路65号', NULL, 120.27075, 30.018, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002001005', '330199002001', 'grid', '溪南社区第5网格', 'urban', 196, '西塘路81–99号', '{"coordinates":[[[120.28,30],[120.3,30],[120.3,30.02],[120.3,30.04],[120.28,30.04],[120.2744,30.02],[120.28,30]]],"type":"Polygon"}', NULL, NULL, 120.2744, 30, 120.3, 30.04, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002001005001', '330199002001005', 'building', '溪南小区13幢', 'urban', NULL, '西塘路81号', NULL, 120.2871, 30.002, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002001005002', '330199002001005', 'building', '溪南小区14幢', 'urban', NULL, '西塘路83号', NULL, 120.2886, 30.01, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002001005003', '330199002001005', 'building', '溪南小区15幢', 'urban', NULL, '西塘路85号', NULL, 120.2901, 30.018, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002002', '330199002', 'community', '锦绣社区', 'urban', NULL, '云溪县溪南街道溪南大道', '{"type":"Polygon","coordinates":[[[120.3,30],[120.4,30],[120.4,30.04],[120.3,30.04],[120.3,30]]]}', NULL, NULL, 120.3, 30, 120.4, 30.04, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002002001', '330199002002', 'grid', '锦绣社区第1网格', 'urban', 200, '溪南大道1–19号', '{"coordinates":[[[120.3,30],[120.32,30],[120.3198,30.02],[120.32,30.04],[120.3,30.04],[120.3,30.02],[120.3,30]]],"type":"Polygon"}', NULL, NULL, 120.3, 30, 120.32, 30.04, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002002001001', '330199002002001', 'building', '锦绣小区1幢', 'urban', NULL, '溪南大道1号', NULL, 120.30845, 30.002, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002002001002', '330199002002001', 'building', '锦绣小区2幢', 'urban', NULL, '溪南大道3号', NULL, 120.30995, 30.01, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002002001003', '330199002002001', 'building', '锦绣小区3幢', 'urban', NULL, '溪南大道5号', NULL, 120.31145, 30.018, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002002002', '330199002002', 'grid', '锦绣社区第2网格', 'urban', 288, '溪南大道21–39号', '{"type":"Polygon","coordinates":[[[120.32,30],[120.34,30],[120.3424,30.02],[120.34,30.04],[120.32,30.04],[120.3198,30.02],[120.32,30]]]}', NULL, NULL, 120.3198, 30, 120.3424, 30.04, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002002002001', '330199002002002', 'building', '锦绣小区4幢', 'urban', NULL, '溪南大道21号', NULL, 120.32905, 30.002, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002002002002', '330199002002002', 'building', '锦绣小区5幢', 'urban', NULL, '溪南大道23号', NULL, 120.33055, 30.01, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002002002003', '330199002002002', 'building', '锦绣小区6幢', 'urban', NULL, '溪南大道25号', NULL, 120.33205, 30.018, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002002003', '330199002002', 'grid', '锦绣社区第3网格', 'urban', 155, '溪南大道41–59号', '{"coordinates":[[[120.34,30],[120.36,30],[120.3558,30.02],[120.36,30.04],[120.34,30.04],[120.3424,30.02],[120.34,30]]],"type":"Polygon"}', NULL, NULL, 120.34, 30, 120.36, 30.04, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002002003001', '330199002002003', 'building', '锦绣小区7幢', 'urban', NULL, '溪南大道41号', NULL, 120.34805, 30.002, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002002003002', '330199002002003', 'building', '锦绣小区8幢', 'urban', NULL, '溪南大道43号', NULL, 120.34955, 30.01, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002002003003', '330199002002003', 'building', '锦绣小区9幢', 'urban', NULL, '溪南大道45号', NULL, 120.35105, 30.018, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002002004', '330199002002', 'grid', '锦绣社区第4网格', 'urban', 229, '溪南大道61–79号', '{"type":"Polygon","coordinates":[[[120.36,30],[120.38,30],[120.3762,30.02],[120.38,30.04],[120.36,30.04],[120.3558,30.02],[120.36,30]]]}', NULL, NULL, 120.3558, 30, 120.38, 30.04, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002002004001', '330199002002004', 'building', '锦绣小区10幢', 'urban', NULL, '溪南大道61号', NULL, 120.3665, 30.002, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002002004002', '330199002002004', 'building', '锦绣小区11幢', 'urban', NULL, '溪南大道63号', NULL, 120.368, 30.01, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002002004003', '330199002002004', 'building', '锦绣小区12幢', 'urban', NULL, '溪南大道65号', NULL, 120.3695, 30.018, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002002005', '330199002002', 'grid', '锦绣社区第5网格', 'urban', 275, '溪南大道81–99号', '{"coordinates":[[[120.38,30],[120.4,30],[120.4,30.02],[120.4,30.04],[120.38,30.04],[120.3762,30.02],[120.38,30]]],"type":"Polygon"}', NULL, NULL, 120.3762, 30, 120.4, 30.04, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002002005001', '330199002002005', 'building', '锦绣小区13幢', 'urban', NULL, '溪南大道81号', NULL, 120.38755, 30.002, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002002005002', '330199002002005', 'building', '锦绣小区14幢', 'urban', NULL, '溪南大道83号', NULL, 120.38905, 30.01, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002002005003', '330199002002005', 'building', '锦绣小区15幢', 'urban', NULL, '溪南大道85号', NULL, 120.39055, 30.018, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002003', '330199002', 'community', '滨江社区', 'urban', NULL, '云溪县溪南街道锦绣路', '{"type":"Polygon","coordinates":[[[120.2,30.04],[120.3,30.04],[120.3,30.08],[120.2,30.08],[120.2,30.04]]]}', NULL, NULL, 120.2, 30.04, 120.3, 30.08, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002003001', '330199002003', 'grid', '滨江社区第1网格', 'urban', 186, '锦绣路1–19号', '{"coordinates":[[[120.2,30.04],[120.22,30.04],[120.2176,30.06],[120.22,30.08],[120.2,30.08],[120.2,30.06],[120.2,30.04]]],"type":"Polygon"}', NULL, NULL, 120.2, 30.04, 120.22, 30.08, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002003001001', '330199002003001', 'building', '滨江小区1幢', 'urban', NULL, '锦绣路1号', NULL, 120.2079, 30.042, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002003001002', '330199002003001', 'building', '滨江小区2幢', 'urban', NULL, '锦绣路3号', NULL, 120.2094, 30.05, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002003001003', '330199002003001', 'building', '滨江小区3幢', 'urban', NULL, '锦绣路5号', NULL, 120.2109, 30.058, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002003002', '330199002003', 'grid', '滨江社区第2网格', 'urban', 273, '锦绣路21–39号', '{"type":"Polygon","coordinates":[[[120.22,30.04],[120.24,30.04],[120.2404,30.06],[120.24,30.08],[120.22,30.08],[120.2176,30.06],[120.22,30.04]]]}', NULL, NULL, 120.2176, 30.04, 120.2404, 30.08, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002003002001', '330199002003002', 'building', '滨江小区4幢', 'urban', NULL, '锦绣路21号', NULL, 120.228, 30.042, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002003002002', '330199002003002', 'building', '滨江小区5幢', 'urban', NULL, '锦绣路23号', NULL, 120.2295, 30.05, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002003002003', '330199002003002', 'building', '滨江小区6幢', 'urban', NULL, '锦绣路25号', NULL, 120.231, 30.058, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002003003', '330199002003', 'grid', '滨江社区第3网格', 'urban', 260, '锦绣路41–59号', '{"coordinates":[[[120.24,30.04],[120.26,30.04],[120.2584,30.06],[120.26,30.08],[120.24,30.08],[120.2404,30.06],[120.24,30.04]]],"type":"Polygon"}', NULL, NULL, 120.24, 30.04, 120.26, 30.08, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002003003001', '330199002003003', 'building', '滨江小区7幢', 'urban', NULL, '锦绣路41号', NULL, 120.2482, 30.042, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002003003002', '330199002003003', 'building', '滨江小区8幢', 'urban', NULL, '锦绣路43号', NULL, 120.2497, 30.05, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002003003003', '330199002003003', 'building', '滨江小区9幢', 'urban', NULL, '锦绣路45号', NULL, 120.2512, 30.058, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002003004', '330199002003', 'grid', '滨江社区第4网格', 'urban', 281, '锦绣路61–79号', '{"type":"Polygon","coordinates":[[[120.26,30.04],[120.28,30.04],[120.2786,30.06],[120.28,30.08],[120.26,30.08],[120.2584,30.06],[120.26,30.04]]]}', NULL, NULL, 120.2584, 30.04, 120.28, 30.08, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002003004001', '330199002003004', 'building', '滨江小区10幢', 'urban', NULL, '锦绣路61号', NULL, 120.26775, 30.042, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002003004002', '330199002003004', 'building', '滨江小区11幢', 'urban', NULL, '锦绣路63号', NULL, 120.26925, 30.05, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002003004003', '330199002003004', 'building', '滨江小区12幢', 'urban', NULL, '锦绣路65号', NULL, 120.27075, 30.058, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002003005', '330199002003', 'grid', '滨江社区第5网格', 'urban', 219, '锦绣路81–99号', '{"coordinates":[[[120.28,30.04],[120.3,30.04],[120.3,30.06],[120.3,30.08],[120.28,30.08],[120.2786,30.06],[120.28,30.04]]],"type":"Polygon"}', NULL, NULL, 120.2786, 30.04, 120.3, 30.08, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002003005001', '330199002003005', 'building', '滨江小区13幢', 'urban', NULL, '锦绣路81号', NULL, 120.28815, 30.042, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002003005002', '330199002003005', 'building', '滨江小区14幢', 'urban', NULL, '锦绣路83号', NULL, 120.28965, 30.05, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002003005003', '330199002003005', 'building', '滨江小区15幢', 'urban', NULL, '锦绣路85号', NULL, 120.29115, 30.058, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002004', '330199002', 'community', '春晖社区', 'urban', NULL, '云溪县溪南街道滨江路', '{"type":"Polygon","coordinates":[[[120.3,30.04],[120.4,30.04],[120.4,30.08],[120.3,30.08],[120.3,30.04]]]}', NULL, NULL, 120.3, 30.04, 120.4, 30.08, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002004001', '330199002004', 'grid', '春晖社区第1网格', 'urban', 179, '滨江路1–19号', '{"coordinates":[[[120.3,30.04],[120.32,30.04],[120.3148,30.06],[120.32,30.08],[120.3,30.08],[120.3,30.06],[120.3,30.04]]],"type":"Polygon"}', NULL, NULL, 120.3, 30.04, 120.32, 30.08, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002004001001', '330199002004001', 'building', '春晖小区1幢', 'urban', NULL, '滨江路1号', NULL, 120.3072, 30.042, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002004001002', '330199002004001', 'building', '春晖小区2幢', 'urban', NULL, '滨江路3号', NULL, 120.3087, 30.05, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002004001003', '330199002004001', 'building', '春晖小区3幢', 'urban', NULL, '滨江路5号', NULL, 120.3102, 30.058, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002004002', '330199002004', 'grid', '春晖社区第2网格', 'urban', 194, '滨江路21–39号', '{"type":"Polygon","coordinates":[[[120.32,30.04],[120.34,30.04],[120.3342,30.06],[120.34,30.08],[120.32,30.08],[120.3148,30.06],[120.32,30.04]]]}', NULL, NULL, 120.3148, 30.04, 120.34, 30.08, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002004002001', '330199002004002', 'building', '春晖小区4幢', 'urban', NULL, '滨江路21号', NULL, 120.32575, 30.042, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002004002002', '330199002004002', 'building', '春晖小区5幢', 'urban', NULL, '滨江路23号', NULL, 120.32725, 30.05, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002004002003', '330199002004002', 'building', '春晖小区6幢', 'urban', NULL, '滨江路25号', NULL, 120.32875, 30.058, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101204001002', '330199101204001', 'building', '竹林村中组院落', 'rural', NULL, '竹林路3号', NULL, 120.51065, 30.05, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002004003', '330199002004', 'grid', '春晖社区第3网格', 'urban', 241, '滨江路41–59号', '{"coordinates":[[[120.34,30.04],[120.36,30.04],[120.3614,30.06],[120.36,30.08],[120.34,30.08],[120.3342,30.06],[120.34,30.04]]],"type":"Polygon"}', NULL, NULL, 120.3342, 30.04, 120.3614, 30.08, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002004003001', '330199002004003', 'building', '春晖小区7幢', 'urban', NULL, '滨江路41号', NULL, 120.3474, 30.042, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002004003002', '330199002004003', 'building', '春晖小区8幢', 'urban', NULL, '滨江路43号', NULL, 120.3489, 30.05, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002004003003', '330199002004003', 'building', '春晖小区9幢', 'urban', NULL, '滨江路45号', NULL, 120.3504, 30.058, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002004004', '330199002004', 'grid', '春晖社区第4网格', 'urban', 214, '滨江路61–79号', '{"type":"Polygon","coordinates":[[[120.36,30.04],[120.38,30.04],[120.3846,30.06],[120.38,30.08],[120.36,30.08],[120.3614,30.06],[120.36,30.04]]]}', NULL, NULL, 120.36, 30.04, 120.3846, 30.08, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002004004001', '330199002004004', 'building', '春晖小区10幢', 'urban', NULL, '滨江路61号', NULL, 120.37, 30.042, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002004004002', '330199002004004', 'building', '春晖小区11幢', 'urban', NULL, '滨江路63号', NULL, 120.3715, 30.05, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002004004003', '330199002004004', 'building', '春晖小区12幢', 'urban', NULL, '滨江路65号', NULL, 120.373, 30.058, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002004005', '330199002004', 'grid', '春晖社区第5网格', 'urban', 186, '滨江路81–99号', '{"coordinates":[[[120.38,30.04],[120.4,30.04],[120.4,30.06],[120.4,30.08],[120.38,30.08],[120.3846,30.06],[120.38,30.04]]],"type":"Polygon"}', NULL, NULL, 120.38, 30.04, 120.4, 30.08, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002004005001', '330199002004005', 'building', '春晖小区13幢', 'urban', NULL, '滨江路81号', NULL, 120.38965, 30.042, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002004005002', '330199002004005', 'building', '春晖小区14幢', 'urban', NULL, '滨江路83号', NULL, 120.39115, 30.05, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199002004005003', '330199002004005', 'building', '春晖小区15幢', 'urban', NULL, '滨江路85号', NULL, 120.39265, 30.058, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101', '330199', 'street', '青石镇', 'rural', NULL, '云溪县青石镇', '{"type":"Polygon","coordinates":[[[120.4,30],[120.6,30],[120.6,30.08],[120.4,30.08],[120.4,30]]]}', NULL, NULL, 120.4, 30, 120.6, 30.08, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101201', '330199101', 'community', '青石村', 'rural', NULL, '云溪县青石镇春晖路', '{"coordinates":[[[120.4,30],[120.5,30],[120.5,30.04],[120.4,30.04],[120.4,30]]],"type":"Polygon"}', NULL, NULL, 120.4, 30, 120.5, 30.04, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101201001', '330199101201', 'grid', '青石村第1网格', 'rural', 99, '春晖路1–19号', '{"type":"Polygon","coordinates":[[[120.4,30],[120.42,30],[120.4158,30.02],[120.42,30.04],[120.4,30.04],[120.4,30.02],[120.4,30]]]}', NULL, NULL, 120.4, 30, 120.42, 30.04, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101201001001', '330199101201001', 'building', '青石村东组院落', 'rural', NULL, '春晖路1号', NULL, 120.40745, 30.002, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101201001002', '330199101201001', 'building', '青石村中组院落', 'rural', NULL, '春晖路3号', NULL, 120.40895, 30.01, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101201001003', '330199101201001', 'building', '青石村西组院落', 'rural', NULL, '春晖路5号', NULL, 120.41045, 30.018, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101201002', '330199101201', 'grid', '青石村第2网格', 'rural', 101, '春晖路21–39号', '{"coordinates":[[[120.42,30],[120.44,30],[120.4412,30.02],[120.44,30.04],[120.42,30.04],[120.4158,30.02],[120.42,30]]],"type":"Polygon"}', NULL, NULL, 120.4158, 30, 120.4412, 30.04, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101201002001', '330199101201002', 'building', '青石村东组院落', 'rural', NULL, '春晖路21号', NULL, 120.42775, 30.002, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101201002002', '330199101201002', 'building', '青石村中组院落', 'rural', NULL, '春晖路23号', NULL, 120.42925, 30.01, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101201002003', '330199101201002', 'building', '青石村西组院落', 'rural', NULL, '春晖路25号', NULL, 120.43075, 30.018, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101201003', '330199101201', 'grid', '青石村第3网格', 'rural', 137, '春晖路41–59号', '{"type":"Polygon","coordinates":[[[120.44,30],[120.46,30],[120.4636,30.02],[120.46,30.04],[120.44,30.04],[120.4412,30.02],[120.44,30]]]}', NULL, NULL, 120.44, 30, 120.4636, 30.04, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101201003001', '330199101201003', 'building', '青石村东组院落', 'rural', NULL, '春晖路41号', NULL, 120.4497, 30.002, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101201003002', '330199101201003', 'building', '青石村中组院落', 'rural', NULL, '春晖路43号', NULL, 120.4512, 30.01, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101201003003', '330199101201003', 'building', '青石村西组院落', 'rural', NULL, '春晖路45号', NULL, 120.4527, 30.018, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101201004', '330199101201', 'grid', '青石村第4网格', 'rural', 109, '春晖路61–79号', '{"coordinates":[[[120.46,30],[120.48,30],[120.4752,30.02],[120.48,30.04],[120.46,30.04],[120.4636,30.02],[120.46,30]]],"type":"Polygon"}', NULL, NULL, 120.46, 30, 120.48, 30.04, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101201004001', '330199101201004', 'building', '青石村东组院落', 'rural', NULL, '春晖路61号', NULL, 120.4682, 30.002, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101201004002', '330199101201004', 'building', '青石村中组院落', 'rural', NULL, '春晖路63号', NULL, 120.4697, 30.01, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101201004003', '330199101201004', 'building', '青石村西组院落', 'rural', NULL, '春晖路65号', NULL, 120.4712, 30.018, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101201005', '330199101201', 'grid', '青石村第5网格', 'rural', 147, '春晖路81–99号', '{"type":"Polygon","coordinates":[[[120.48,30],[120.5,30],[120.5,30.02],[120.5,30.04],[120.48,30.04],[120.4752,30.02],[120.48,30]]]}', NULL, NULL, 120.4752, 30, 120.5, 30.04, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101201005001', '330199101201005', 'building', '青石村东组院落', 'rural', NULL, '春晖路81号', NULL, 120.4873, 30.002, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101201005002', '330199101201005', 'building', '青石村中组院落', 'rural', NULL, '春晖路83号', NULL, 120.4888, 30.01, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101201005003', '330199101201005', 'building', '青石村西组院落', 'rural', NULL, '春晖路85号', NULL, 120.4903, 30.018, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101202', '330199101', 'community', '石桥村', 'rural', NULL, '云溪县青石镇青石路', '{"coordinates":[[[120.5,30],[120.6,30],[120.6,30.04],[120.5,30.04],[120.5,30]]],"type":"Polygon"}', NULL, NULL, 120.5, 30, 120.6, 30.04, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101202001', '330199101202', 'grid', '石桥村第1网格', 'rural', 187, '青石路1–19号', '{"type":"Polygon","coordinates":[[[120.5,30],[120.52,30],[120.5152,30.02],[120.52,30.04],[120.5,30.04],[120.5,30.02],[120.5,30]]]}', NULL, NULL, 120.5, 30, 120.52, 30.04, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101202001001', '330199101202001', 'building', '石桥村东组院落', 'rural', NULL, '青石路1号', NULL, 120.5073, 30.002, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101202001002', '330199101202001', 'building', '石桥村中组院落', 'rural', NULL, '青石路3号', NULL, 120.5088, 30.01, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101202001003', '330199101202001', 'building', '石桥村西组院落', 'rural', NULL, '青石路5号', NULL, 120.5103, 30.018, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101204001003', '330199101204001', 'building', '竹林村西组院落', 'rural', NULL, '竹林路5号', NULL, 120.51215, 30.058, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101202002', '330199101202', 'grid', '石桥村第2网格', 'rural', 176, '青石路21–39号', '{"coordinates":[[[120.52,30],[120.54,30],[120.5382,30.02],[120.54,30.04],[120.52,30.04],[120.5152,30.02],[120.52,30]]],"type":"Polygon"}', NULL, NULL, 120.5152, 30, 120.54, 30.04, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101202002001', '330199101202002', 'building', '石桥村东组院落', 'rural', NULL, '青石路21号', NULL, 120.52685, 30.002, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101202002002', '330199101202002', 'building', '石桥村中组院落', 'rural', NULL, '青石路23号', NULL, 120.52835, 30.01, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101202002003', '330199101202002', 'building', '石桥村西组院落', 'rural', NULL, '青石路25号', NULL, 120.52985, 30.018, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101202003', '330199101202', 'grid', '石桥村第3网格', 'rural', 159, '青石路41–59号', '{"type":"Polygon","coordinates":[[[120.54,30],[120.56,30],[120.5642,30.02],[120.56,30.04],[120.54,30.04],[120.5382,30.02],[120.54,30]]]}', NULL, NULL, 120.5382, 30, 120.5642, 30.04, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101202003001', '330199101202003', 'building', '石桥村东组院落', 'rural', NULL, '青石路41号', NULL, 120.5491, 30.002, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101202003002', '330199101202003', 'building', '石桥村中组院落', 'rural', NULL, '青石路43号', NULL, 120.5506, 30.01, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101202003003', '330199101202003', 'building', '石桥村西组院落', 'rural', NULL, '青石路45号', NULL, 120.5521, 30.018, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101202004', '330199101202', 'grid', '石桥村第4网格', 'rural', 99, '青石路61–79号', '{"coordinates":[[[120.56,30],[120.58,30],[120.5764,30.02],[120.58,30.04],[120.56,30.04],[120.5642,30.02],[120.56,30]]],"type":"Polygon"}', NULL, NULL, 120.56, 30, 120.58, 30.04, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101202004001', '330199101202004', 'building', '石桥村东组院落', 'rural', NULL, '青石路61号', NULL, 120.56865, 30.002, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101202004002', '330199101202004', 'building', '石桥村中组院落', 'rural', NULL, '青石路63号', NULL, 120.57015, 30.01, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101202004003', '330199101202004', 'building', '石桥村西组院落', 'rural', NULL, '青石路65号', NULL, 120.57165, 30.018, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101202005', '330199101202', 'grid', '石桥村第5网格', 'rural', 90, '青石路81–99号', '{"type":"Polygon","coordinates":[[[120.58,30],[120.6,30],[120.6,30.02],[120.6,30.04],[120.58,30.04],[120.5764,30.02],[120.58,30]]]}', NULL, NULL, 120.5764, 30, 120.6, 30.04, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101202005001', '330199101202005', 'building', '石桥村东组院落', 'rural', NULL, '青石路81号', NULL, 120.5876, 30.002, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101202005002', '330199101202005', 'building', '石桥村中组院落', 'rural', NULL, '青石路83号', NULL, 120.5891, 30.01, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101202005003', '330199101202005', 'building', '石桥村西组院落', 'rural', NULL, '青石路85号', NULL, 120.5906, 30.018, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101203', '330199101', 'community', '上坞村', 'rural', NULL, '云溪县青石镇石桥路', '{"coordinates":[[[120.4,30.04],[120.5,30.04],[120.5,30.08],[120.4,30.08],[120.4,30.04]]],"type":"Polygon"}', NULL, NULL, 120.4, 30.04, 120.5, 30.08, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101203001', '330199101203', 'grid', '上坞村第1网格', 'rural', 90, '石桥路1–19号', '{"type":"Polygon","coordinates":[[[120.4,30.04],[120.42,30.04],[120.42,30.06],[120.42,30.08],[120.4,30.08],[120.4,30.06],[120.4,30.04]]]}', NULL, NULL, 120.4, 30.04, 120.42, 30.08, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101203001001', '330199101203001', 'building', '上坞村东组院落', 'rural', NULL, '石桥路1号', NULL, 120.4085, 30.042, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101203001002', '330199101203001', 'building', '上坞村中组院落', 'rural', NULL, '石桥路3号', NULL, 120.41, 30.05, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101203001003', '330199101203001', 'building', '上坞村西组院落', 'rural', NULL, '石桥路5号', NULL, 120.4115, 30.058, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101203002', '330199101203', 'grid', '上坞村第2网格', 'rural', 149, '石桥路21–39号', '{"coordinates":[[[120.42,30.04],[120.44,30.04],[120.436,30.06],[120.44,30.08],[120.42,30.08],[120.42,30.06],[120.42,30.04]]],"type":"Polygon"}', NULL, NULL, 120.42, 30.04, 120.44, 30.08, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101203002001', '330199101203002', 'building', '上坞村东组院落', 'rural', NULL, '石桥路21号', NULL, 120.4275, 30.042, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101203002002', '330199101203002', 'building', '上坞村中组院落', 'rural', NULL, '石桥路23号', NULL, 120.429, 30.05, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101203002003', '330199101203002', 'building', '上坞村西组院落', 'rural', NULL, '石桥路25号', NULL, 120.4305, 30.058, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101203003', '330199101203', 'grid', '上坞村第3网格', 'rural', 180, '石桥路41–59号', '{"type":"Polygon","coordinates":[[[120.44,30.04],[120.46,30.04],[120.4596,30.06],[120.46,30.08],[120.44,30.08],[120.436,30.06],[120.44,30.04]]]}', NULL, NULL, 120.436, 30.04, 120.46, 30.08, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101203003001', '330199101203003', 'building', '上坞村东组院落', 'rural', NULL, '石桥路41号', NULL, 120.4474, 30.042, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101203003002', '330199101203003', 'building', '上坞村中组院落', 'rural', NULL, '石桥路43号', NULL, 120.4489, 30.05, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101203003003', '330199101203003', 'building', '上坞村西组院落', 'rural', NULL, '石桥路45号', NULL, 120.4504, 30.058, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101203004', '330199101203', 'grid', '上坞村第4网格', 'rural', 189, '石桥路61–79号', '{"coordinates":[[[120.46,30.04],[120.48,30.04],[120.4746,30.06],[120.48,30.08],[120.46,30.08],[120.4596,30.06],[120.46,30.04]]],"type":"Polygon"}', NULL, NULL, 120.4596, 30.04, 120.48, 30.08, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101203004001', '330199101203004', 'building', '上坞村东组院落', 'rural', NULL, '石桥路61号', NULL, 120.46705, 30.042, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101203004002', '330199101203004', 'building', '上坞村中组院落', 'rural', NULL, '石桥路63号', NULL, 120.46855, 30.05, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101203004003', '330199101203004', 'building', '上坞村西组院落', 'rural', NULL, '石桥路65号', NULL, 120.47005, 30.058, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101203005', '330199101203', 'grid', '上坞村第5网格', 'rural', 172, '石桥路81–99号', '{"type":"Polygon","coordinates":[[[120.48,30.04],[120.5,30.04],[120.5,30.06],[120.5,30.08],[120.48,30.08],[120.4746,30.06],[120.48,30.04]]]}', NULL, NULL, 120.4746, 30.04, 120.5, 30.08, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101203005001', '330199101203005', 'building', '上坞村东组院落', 'rural', NULL, '石桥路81号', NULL, 120.48715, 30.042, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101203005002', '330199101203005', 'building', '上坞村中组院落', 'rural', NULL, '石桥路83号', NULL, 120.48865, 30.05, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101203005003', '330199101203005', 'building', '上坞村西组院落', 'rural', NULL, '石桥路85号', NULL, 120.49015, 30.058, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101204', '330199101', 'community', '竹林村', 'rural', NULL, '云溪县青石镇竹林路', '{"coordinates":[[[120.5,30.04],[120.6,30.04],[120.6,30.08],[120.5,30.08],[120.5,30.04]]],"type":"Polygon"}', NULL, NULL, 120.5, 30.04, 120.6, 30.08, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101204001', '330199101204', 'grid', '竹林村第1网格', 'rural', 174, '竹林路1–19号', '{"type":"Polygon","coordinates":[[[120.5,30.04],[120.52,30.04],[120.5226,30.06],[120.52,30.08],[120.5,30.08],[120.5,30.06],[120.5,30.04]]]}', NULL, NULL, 120.5, 30.04, 120.5226, 30.08, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101204001001', '330199101204001', 'building', '竹林村东组院落', 'rural', NULL, '竹林路1号', NULL, 120.50915, 30.042, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101204002', '330199101204', 'grid', '竹林村第2网格', 'rural', 106, '竹林路21–39号', '{"coordinates":[[[120.52,30.04],[120.54,30.04],[120.5368,30.06],[120.54,30.08],[120.52,30.08],[120.5226,30.06],[120.52,30.04]]],"type":"Polygon"}', NULL, NULL, 120.52, 30.04, 120.54, 30.08, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101204002001', '330199101204002', 'building', '竹林村东组院落', 'rural', NULL, '竹林路21号', NULL, 120.52835, 30.042, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101204002002', '330199101204002', 'building', '竹林村中组院落', 'rural', NULL, '竹林路23号', NULL, 120.52985, 30.05, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101204002003', '330199101204002', 'building', '竹林村西组院落', 'rural', NULL, '竹林路25号', NULL, 120.53135, 30.058, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101204003', '330199101204', 'grid', '竹林村第3网格', 'rural', 153, '竹林路41–59号', '{"type":"Polygon","coordinates":[[[120.54,30.04],[120.56,30.04],[120.5562,30.06],[120.56,30.08],[120.54,30.08],[120.5368,30.06],[120.54,30.04]]]}', NULL, NULL, 120.5368, 30.04, 120.56, 30.08, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101204003001', '330199101204003', 'building', '竹林村东组院落', 'rural', NULL, '竹林路41号', NULL, 120.54675, 30.042, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101204003002', '330199101204003', 'building', '竹林村中组院落', 'rural', NULL, '竹林路43号', NULL, 120.54825, 30.05, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101204003003', '330199101204003', 'building', '竹林村西组院落', 'rural', NULL, '竹林路45号', NULL, 120.54975, 30.058, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101204004', '330199101204', 'grid', '竹林村第4网格', 'rural', 159, '竹林路61–79号', '{"coordinates":[[[120.56,30.04],[120.58,30.04],[120.583,30.06],[120.58,30.08],[120.56,30.08],[120.5562,30.06],[120.56,30.04]]],"type":"Polygon"}', NULL, NULL, 120.5562, 30.04, 120.583, 30.08, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101204004001', '330199101204004', 'building', '竹林村东组院落', 'rural', NULL, '竹林路61号', NULL, 120.5683, 30.042, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101204004002', '330199101204004', 'building', '竹林村中组院落', 'rural', NULL, '竹林路63号', NULL, 120.5698, 30.05, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101204004003', '330199101204004', 'building', '竹林村西组院落', 'rural', NULL, '竹林路65号', NULL, 120.5713, 30.058, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101204005', '330199101204', 'grid', '竹林村第5网格', 'rural', 98, '竹林路81–99号', '{"type":"Polygon","coordinates":[[[120.58,30.04],[120.6,30.04],[120.6,30.06],[120.6,30.08],[120.58,30.08],[120.583,30.06],[120.58,30.04]]]}', NULL, NULL, 120.58, 30.04, 120.6, 30.08, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101204005001', '330199101204005', 'building', '竹林村东组院落', 'rural', NULL, '竹林路81号', NULL, 120.58925, 30.042, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101204005002', '330199101204005', 'building', '竹林村中组院落', 'rural', NULL, '竹林路83号', NULL, 120.59075, 30.05, NULL, NULL, NULL, NULL, 1796455311, 1796455311);
INSERT INTO public.units VALUES ('330199101204005003', '330199101204005', 'building', '竹林村西组院落', 'rural', NULL, '竹林路85号', NULL, 120.59225, 30.058, NULL, NULL, NULL, NULL, 1796455311, 1796455311);


--
-- Data for Name: venue_inspections; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.venue_inspections VALUES ('demo-inspection-1', 'demo-venue-1', '2026-09-06', 'demo-gridworker1', '晚9时发现1名未成年人上网，已责令离开。', 'admitting_minors', 1, 1788679311);


--
-- Data for Name: venue_proposals; Type: TABLE DATA; Schema: public; Owner: postgres
--



--
-- Data for Name: venue_rules; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.venue_rules VALUES ('cafe_twice_in_a_year', 'internet_cafe', 'admitting_minors,out_of_hours', 2, 365, NULL, NULL, 'revoke_licence', 1);
INSERT INTO public.venue_rules VALUES ('cafe_three_minors', 'internet_cafe', 'admitting_minors', 1, 1, 3, NULL, 'revoke_licence', 1);
INSERT INTO public.venue_rules VALUES ('cafe_one_or_two_minors', 'internet_cafe', 'admitting_minors', 1, 1, 1, 2, 'suspend_30d', 1);


--
-- Data for Name: venues; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.venues VALUES ('demo-venue-1', '星际网咖', 'internet_cafe', NULL, '330199001001001', '幸福路18号', '网文〔2024〕0188号', 1761895311);


--
-- Data for Name: visit_tasks; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.visit_tasks VALUES ('demo-task-1', 'demo-caseload-1', '330199002001001', '吴宇轩', '云溪县001001号', '2026-12-10', NULL, NULL, NULL, 'demo-socialworker', 1796451711);


--
-- Data for Name: warning_units; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.warning_units VALUES ('demo-warning-1', '330199001');


--
-- Data for Name: warnings; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.warnings VALUES ('demo-warning-1', 2, '暴雨', '城关街道暴雨橙色预警', '未来6小时降雨量将达50毫米以上，请远离低洼地带和下穿通道。', 1796451711, 1796498511, NULL, 'demo-supervisor', 1796451711);


--
-- Data for Name: work_order_categories; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.work_order_categories VALUES ('A', NULL, '行政事务', 'Administrative', 'administrative', 'other', NULL, 1);
INSERT INTO public.work_order_categories VALUES ('A01', 'A', '环境卫生', 'Sanitation', 'administrative', 'community', NULL, 1);
INSERT INTO public.work_order_categories VALUES ('A02', 'A', '证明开具', 'Certificates', 'administrative', 'community', NULL, 1);
INSERT INTO public.work_order_categories VALUES ('A03', 'A', '社会救助', 'Social assistance', 'administrative', 'community', NULL, 1);
INSERT INTO public.work_order_categories VALUES ('A04', 'A', '道路与市政设施', 'Roads and public works', 'administrative', 'district', '县住房和城乡建设局', 1);
INSERT INTO public.work_order_categories VALUES ('A05', 'A', '路灯照明', 'Street lighting', 'administrative', 'district', '县住房和城乡建设局', 1);
INSERT INTO public.work_order_categories VALUES ('A99', 'A', '其他行政事务', 'Other administrative', 'administrative', 'other', NULL, 1);
INSERT INTO public.work_order_categories VALUES ('P', NULL, '公共服务', 'Public service', 'public_service', 'other', '志愿服务队', 1);
INSERT INTO public.work_order_categories VALUES ('P01', 'P', '志愿服务', 'Volunteer help', 'public_service', 'other', '志愿服务队', 1);
INSERT INTO public.work_order_categories VALUES ('L', NULL, '涉法涉诉', 'Legal', 'legal', 'other', '法律援助中心', 1);
INSERT INTO public.work_order_categories VALUES ('L01', 'L', '法律援助', 'Legal aid', 'legal', 'other', '法律援助中心', 1);
INSERT INTO public.work_order_categories VALUES ('X', NULL, '信访维稳', 'Petition', 'petition', 'other', '信访', 1);
INSERT INTO public.work_order_categories VALUES ('X01', 'X', '信访事项', 'Petition matter', 'petition', 'other', '信访', 1);


--
-- Data for Name: work_order_co_handlers; Type: TABLE DATA; Schema: public; Owner: postgres
--



--
-- Data for Name: work_order_counters; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.work_order_counters VALUES ('20261205', 1);


--
-- Data for Name: work_order_events; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.work_order_events VALUES ('01a24514a745853c48ddd439247e9757', 'demo-order-1', 'register', NULL, 'registered', NULL, NULL, 1796455311);


--
-- Data for Name: work_order_extensions; Type: TABLE DATA; Schema: public; Owner: postgres
--



--
-- Data for Name: work_orders; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.work_orders VALUES ('demo-order-1', '20261205-00001', 'hotline', 'administrative', 'A05', '解放路3号门前路灯连续三晚不亮，夜间出行不便。', '云溪县解放路3号', NULL, NULL, '330199001001001', 'district', '县住房和城乡建设局', 'registered', '王女士', '13800001234', 0, NULL, 0, NULL, 1796455311, 1796831999, NULL, 1796455311, NULL, NULL, NULL, NULL, 1796831999, NULL, NULL);


--
-- Name: agreements agreements_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.agreements
    ADD CONSTRAINT agreements_pkey PRIMARY KEY (id);


--
-- Name: aid_grants aid_grants_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.aid_grants
    ADD CONSTRAINT aid_grants_pkey PRIMARY KEY (id);


--
-- Name: assessment_settings assessment_settings_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.assessment_settings
    ADD CONSTRAINT assessment_settings_pkey PRIMARY KEY (id);


--
-- Name: audit_head audit_head_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.audit_head
    ADD CONSTRAINT audit_head_pkey PRIMARY KEY (id);


--
-- Name: audit_log audit_log_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.audit_log
    ADD CONSTRAINT audit_log_pkey PRIMARY KEY (seq);


--
-- Name: backlog_cases backlog_cases_petition_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.backlog_cases
    ADD CONSTRAINT backlog_cases_petition_id_key UNIQUE (petition_id);


--
-- Name: backlog_cases backlog_cases_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.backlog_cases
    ADD CONSTRAINT backlog_cases_pkey PRIMARY KEY (id);


--
-- Name: backlog_meetings backlog_meetings_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.backlog_meetings
    ADD CONSTRAINT backlog_meetings_pkey PRIMARY KEY (id);


--
-- Name: ballot_households ballot_households_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ballot_households
    ADD CONSTRAINT ballot_households_pkey PRIMARY KEY (ballot_id, household_id);


--
-- Name: ballots ballots_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ballots
    ADD CONSTRAINT ballots_pkey PRIMARY KEY (id);


--
-- Name: case_notices case_notices_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.case_notices
    ADD CONSTRAINT case_notices_pkey PRIMARY KEY (id);


--
-- Name: caseload_contacts caseload_contacts_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.caseload_contacts
    ADD CONSTRAINT caseload_contacts_pkey PRIMARY KEY (id);


--
-- Name: caseload_events caseload_events_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.caseload_events
    ADD CONSTRAINT caseload_events_pkey PRIMARY KEY (id);


--
-- Name: caseload_leaves caseload_leaves_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.caseload_leaves
    ADD CONSTRAINT caseload_leaves_pkey PRIMARY KEY (id);


--
-- Name: caseload_sanctions caseload_sanctions_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.caseload_sanctions
    ADD CONSTRAINT caseload_sanctions_pkey PRIMARY KEY (id);


--
-- Name: caseload_settings caseload_settings_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.caseload_settings
    ADD CONSTRAINT caseload_settings_pkey PRIMARY KEY (id);


--
-- Name: caseloads caseloads_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.caseloads
    ADD CONSTRAINT caseloads_pkey PRIMARY KEY (id);


--
-- Name: change_counters change_counters_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.change_counters
    ADD CONSTRAINT change_counters_pkey PRIMARY KEY (name);


--
-- Name: commitments commitments_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.commitments
    ADD CONSTRAINT commitments_pkey PRIMARY KEY (id);


--
-- Name: council_meetings council_meetings_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.council_meetings
    ADD CONSTRAINT council_meetings_pkey PRIMARY KEY (id);


--
-- Name: council_members council_members_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.council_members
    ADD CONSTRAINT council_members_pkey PRIMARY KEY (id);


--
-- Name: council_motions council_motions_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.council_motions
    ADD CONSTRAINT council_motions_pkey PRIMARY KEY (id);


--
-- Name: decision_comments decision_comments_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.decision_comments
    ADD CONSTRAINT decision_comments_pkey PRIMARY KEY (id);


--
-- Name: decision_counters decision_counters_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.decision_counters
    ADD CONSTRAINT decision_counters_pkey PRIMARY KEY (day);


--
-- Name: decision_events decision_events_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.decision_events
    ADD CONSTRAINT decision_events_pkey PRIMARY KEY (id);


--
-- Name: decision_experts decision_experts_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.decision_experts
    ADD CONSTRAINT decision_experts_pkey PRIMARY KEY (decision_id, expert_id);


--
-- Name: decision_grids decision_grids_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.decision_grids
    ADD CONSTRAINT decision_grids_pkey PRIMARY KEY (decision_id, grid_code);


--
-- Name: decision_links decision_links_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.decision_links
    ADD CONSTRAINT decision_links_pkey PRIMARY KEY (decision_id, case_type, case_id);


--
-- Name: decision_risks decision_risks_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.decision_risks
    ADD CONSTRAINT decision_risks_pkey PRIMARY KEY (id);


--
-- Name: decision_sessions decision_sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.decision_sessions
    ADD CONSTRAINT decision_sessions_pkey PRIMARY KEY (id);


--
-- Name: decision_surveys decision_surveys_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.decision_surveys
    ADD CONSTRAINT decision_surveys_pkey PRIMARY KEY (id);


--
-- Name: decision_visits decision_visits_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.decision_visits
    ADD CONSTRAINT decision_visits_pkey PRIMARY KEY (decision_id, household_id);


--
-- Name: decisions decisions_number_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.decisions
    ADD CONSTRAINT decisions_number_key UNIQUE (number);


--
-- Name: decisions decisions_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.decisions
    ADD CONSTRAINT decisions_pkey PRIMARY KEY (id);


--
-- Name: dispute_counters dispute_counters_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.dispute_counters
    ADD CONSTRAINT dispute_counters_pkey PRIMARY KEY (day);


--
-- Name: dispute_events dispute_events_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.dispute_events
    ADD CONSTRAINT dispute_events_pkey PRIMARY KEY (id);


--
-- Name: dispute_figure_counts dispute_figure_counts_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.dispute_figure_counts
    ADD CONSTRAINT dispute_figure_counts_pkey PRIMARY KEY (unit_code, type_code, day);


--
-- Name: dispute_parties dispute_parties_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.dispute_parties
    ADD CONSTRAINT dispute_parties_pkey PRIMARY KEY (dispute_id, seq);


--
-- Name: dispute_types dispute_types_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.dispute_types
    ADD CONSTRAINT dispute_types_pkey PRIMARY KEY (code);


--
-- Name: disputes disputes_number_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.disputes
    ADD CONSTRAINT disputes_number_key UNIQUE (number);


--
-- Name: disputes disputes_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.disputes
    ADD CONSTRAINT disputes_pkey PRIMARY KEY (id);


--
-- Name: emergencies emergencies_number_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.emergencies
    ADD CONSTRAINT emergencies_number_key UNIQUE (number);


--
-- Name: emergencies emergencies_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.emergencies
    ADD CONSTRAINT emergencies_pkey PRIMARY KEY (id);


--
-- Name: emergency_counters emergency_counters_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.emergency_counters
    ADD CONSTRAINT emergency_counters_pkey PRIMARY KEY (day);


--
-- Name: emergency_events emergency_events_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.emergency_events
    ADD CONSTRAINT emergency_events_pkey PRIMARY KEY (id);


--
-- Name: emergency_reports emergency_reports_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.emergency_reports
    ADD CONSTRAINT emergency_reports_pkey PRIMARY KEY (emergency_id, level);


--
-- Name: experts experts_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.experts
    ADD CONSTRAINT experts_pkey PRIMARY KEY (id);


--
-- Name: grid_team grid_team_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.grid_team
    ADD CONSTRAINT grid_team_pkey PRIMARY KEY (id);


--
-- Name: hazard_counters hazard_counters_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hazard_counters
    ADD CONSTRAINT hazard_counters_pkey PRIMARY KEY (day);


--
-- Name: hazard_events hazard_events_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hazard_events
    ADD CONSTRAINT hazard_events_pkey PRIMARY KEY (id);


--
-- Name: hazard_photos hazard_photos_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hazard_photos
    ADD CONSTRAINT hazard_photos_pkey PRIMARY KEY (hazard_id);


--
-- Name: hazards hazards_number_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hazards
    ADD CONSTRAINT hazards_number_key UNIQUE (number);


--
-- Name: hazards hazards_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hazards
    ADD CONSTRAINT hazards_pkey PRIMARY KEY (id);


--
-- Name: household_members household_members_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.household_members
    ADD CONSTRAINT household_members_pkey PRIMARY KEY (resident_id);


--
-- Name: households households_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.households
    ADD CONSTRAINT households_pkey PRIMARY KEY (id);


--
-- Name: houses houses_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.houses
    ADD CONSTRAINT houses_pkey PRIMARY KEY (id);


--
-- Name: import_jobs import_jobs_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.import_jobs
    ADD CONSTRAINT import_jobs_pkey PRIMARY KEY (id);


--
-- Name: login_failures login_failures_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.login_failures
    ADD CONSTRAINT login_failures_pkey PRIMARY KEY (key);


--
-- Name: mediation_bodies mediation_bodies_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.mediation_bodies
    ADD CONSTRAINT mediation_bodies_pkey PRIMARY KEY (code);


--
-- Name: open311_clients open311_clients_key_hash_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.open311_clients
    ADD CONSTRAINT open311_clients_key_hash_key UNIQUE (key_hash);


--
-- Name: open311_clients open311_clients_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.open311_clients
    ADD CONSTRAINT open311_clients_pkey PRIMARY KEY (id);


--
-- Name: organisations organisations_credit_code_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.organisations
    ADD CONSTRAINT organisations_credit_code_key UNIQUE (credit_code);


--
-- Name: organisations organisations_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.organisations
    ADD CONSTRAINT organisations_pkey PRIMARY KEY (id);


--
-- Name: participation_settings participation_settings_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.participation_settings
    ADD CONSTRAINT participation_settings_pkey PRIMARY KEY (id);


--
-- Name: petition_counters petition_counters_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.petition_counters
    ADD CONSTRAINT petition_counters_pkey PRIMARY KEY (day);


--
-- Name: petition_events petition_events_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.petition_events
    ADD CONSTRAINT petition_events_pkey PRIMARY KEY (id);


--
-- Name: petition_handovers petition_handovers_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.petition_handovers
    ADD CONSTRAINT petition_handovers_pkey PRIMARY KEY (work_order_id);


--
-- Name: petition_reply_counts petition_reply_counts_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.petition_reply_counts
    ADD CONSTRAINT petition_reply_counts_pkey PRIMARY KEY (unit_code, channel);


--
-- Name: petitions petitions_number_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.petitions
    ADD CONSTRAINT petitions_number_key UNIQUE (number);


--
-- Name: petitions petitions_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.petitions
    ADD CONSTRAINT petitions_pkey PRIMARY KEY (id);


--
-- Name: petitions petitions_work_order_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.petitions
    ADD CONSTRAINT petitions_work_order_id_key UNIQUE (work_order_id);


--
-- Name: plan_signatures plan_signatures_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.plan_signatures
    ADD CONSTRAINT plan_signatures_pkey PRIMARY KEY (project_id, member_id);


--
-- Name: point_accounts point_accounts_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.point_accounts
    ADD CONSTRAINT point_accounts_pkey PRIMARY KEY (resident_id);


--
-- Name: point_entries point_entries_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.point_entries
    ADD CONSTRAINT point_entries_pkey PRIMARY KEY (id);


--
-- Name: point_services point_services_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.point_services
    ADD CONSTRAINT point_services_pkey PRIMARY KEY (id);


--
-- Name: portal_submissions portal_submissions_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.portal_submissions
    ADD CONSTRAINT portal_submissions_pkey PRIMARY KEY (token);


--
-- Name: project_disclosures project_disclosures_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.project_disclosures
    ADD CONSTRAINT project_disclosures_pkey PRIMARY KEY (id);


--
-- Name: project_events project_events_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.project_events
    ADD CONSTRAINT project_events_pkey PRIMARY KEY (id);


--
-- Name: project_ledger project_ledger_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.project_ledger
    ADD CONSTRAINT project_ledger_pkey PRIMARY KEY (id);


--
-- Name: projects projects_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.projects
    ADD CONSTRAINT projects_pkey PRIMARY KEY (id);


--
-- Name: proposals proposals_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.proposals
    ADD CONSTRAINT proposals_pkey PRIMARY KEY (id);


--
-- Name: rate_limits rate_limits_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.rate_limits
    ADD CONSTRAINT rate_limits_pkey PRIMARY KEY (key);


--
-- Name: reception_cases reception_cases_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.reception_cases
    ADD CONSTRAINT reception_cases_pkey PRIMARY KEY (reception_id, petition_id);


--
-- Name: reception_days reception_days_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.reception_days
    ADD CONSTRAINT reception_days_pkey PRIMARY KEY (id);


--
-- Name: rentals rentals_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.rentals
    ADD CONSTRAINT rentals_pkey PRIMARY KEY (id);


--
-- Name: residence_permits residence_permits_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.residence_permits
    ADD CONSTRAINT residence_permits_pkey PRIMARY KEY (id);


--
-- Name: resident_address_terms resident_address_terms_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.resident_address_terms
    ADD CONSTRAINT resident_address_terms_pkey PRIMARY KEY (term, grid_code);


--
-- Name: resident_conflicts resident_conflicts_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.resident_conflicts
    ADD CONSTRAINT resident_conflicts_pkey PRIMARY KEY (id);


--
-- Name: resident_name_terms resident_name_terms_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.resident_name_terms
    ADD CONSTRAINT resident_name_terms_pkey PRIMARY KEY (term, grid_code, resident_id);


--
-- Name: residents residents_id_number_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.residents
    ADD CONSTRAINT residents_id_number_key UNIQUE (id_number);


--
-- Name: residents residents_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.residents
    ADD CONSTRAINT residents_pkey PRIMARY KEY (id);


--
-- Name: safety_agreements safety_agreements_organisation_id_year_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.safety_agreements
    ADD CONSTRAINT safety_agreements_organisation_id_year_key UNIQUE (organisation_id, year);


--
-- Name: safety_agreements safety_agreements_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.safety_agreements
    ADD CONSTRAINT safety_agreements_pkey PRIMARY KEY (id);


--
-- Name: schema_migrations schema_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.schema_migrations
    ADD CONSTRAINT schema_migrations_pkey PRIMARY KEY (id);


--
-- Name: screening_reports screening_reports_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.screening_reports
    ADD CONSTRAINT screening_reports_pkey PRIMARY KEY (round_id, grid_code);


--
-- Name: screening_rounds screening_rounds_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.screening_rounds
    ADD CONSTRAINT screening_rounds_pkey PRIMARY KEY (id);


--
-- Name: sessions sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_pkey PRIMARY KEY (token_hash);


--
-- Name: spatial_revision spatial_revision_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.spatial_revision
    ADD CONSTRAINT spatial_revision_pkey PRIMARY KEY (id);


--
-- Name: staff staff_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.staff
    ADD CONSTRAINT staff_pkey PRIMARY KEY (id);


--
-- Name: staff staff_username_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.staff
    ADD CONSTRAINT staff_username_key UNIQUE (username);


--
-- Name: star_households star_households_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.star_households
    ADD CONSTRAINT star_households_pkey PRIMARY KEY (household_id, year);


--
-- Name: units units_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.units
    ADD CONSTRAINT units_pkey PRIMARY KEY (code);


--
-- Name: venue_inspections venue_inspections_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.venue_inspections
    ADD CONSTRAINT venue_inspections_pkey PRIMARY KEY (id);


--
-- Name: venue_proposals venue_proposals_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.venue_proposals
    ADD CONSTRAINT venue_proposals_pkey PRIMARY KEY (id);


--
-- Name: venue_rules venue_rules_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.venue_rules
    ADD CONSTRAINT venue_rules_pkey PRIMARY KEY (id);


--
-- Name: venues venues_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.venues
    ADD CONSTRAINT venues_pkey PRIMARY KEY (id);


--
-- Name: visit_tasks visit_tasks_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.visit_tasks
    ADD CONSTRAINT visit_tasks_pkey PRIMARY KEY (id);


--
-- Name: warning_units warning_units_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.warning_units
    ADD CONSTRAINT warning_units_pkey PRIMARY KEY (warning_id, unit_code);


--
-- Name: warnings warnings_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.warnings
    ADD CONSTRAINT warnings_pkey PRIMARY KEY (id);


--
-- Name: work_order_categories work_order_categories_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.work_order_categories
    ADD CONSTRAINT work_order_categories_pkey PRIMARY KEY (code);


--
-- Name: work_order_counters work_order_counters_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.work_order_counters
    ADD CONSTRAINT work_order_counters_pkey PRIMARY KEY (day);


--
-- Name: work_order_events work_order_events_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.work_order_events
    ADD CONSTRAINT work_order_events_pkey PRIMARY KEY (id);


--
-- Name: work_order_extensions work_order_extensions_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.work_order_extensions
    ADD CONSTRAINT work_order_extensions_pkey PRIMARY KEY (id);


--
-- Name: work_orders work_orders_number_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.work_orders
    ADD CONSTRAINT work_orders_number_key UNIQUE (number);


--
-- Name: work_orders work_orders_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.work_orders
    ADD CONSTRAINT work_orders_pkey PRIMARY KEY (id);


--
-- Name: agreement_records_agreement; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX agreement_records_agreement ON public.agreement_records USING btree (agreement_id);


--
-- Name: agreements_unit_signed; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX agreements_unit_signed ON public.agreements USING btree (unit_code, signed_on);


--
-- Name: audit_target; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX audit_target ON public.audit_log USING btree (target_type, target_id);


--
-- Name: ballot_households_code; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX ballot_households_code ON public.ballot_households USING btree (ballot_id, code_hash);


--
-- Name: ballots_unit_closes; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ballots_unit_closes ON public.ballots USING btree (unit_code, closes_at);


--
-- Name: case_notices_addressed; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX case_notices_addressed ON public.case_notices USING btree (addressed_to, created_at);


--
-- Name: case_notices_handler; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX case_notices_handler ON public.case_notices USING btree (case_type, handling_unit, created_at);


--
-- Name: case_notices_once; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX case_notices_once ON public.case_notices USING btree (case_type, case_id, clock, kind, level);


--
-- Name: case_notices_unit; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX case_notices_unit ON public.case_notices USING btree (case_type, unit_code, created_at);


--
-- Name: caseload_contacts_caseload; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX caseload_contacts_caseload ON public.caseload_contacts USING btree (caseload_id, on_day);


--
-- Name: caseload_events_caseload; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX caseload_events_caseload ON public.caseload_events USING btree (caseload_id, at);


--
-- Name: caseload_leaves_caseload; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX caseload_leaves_caseload ON public.caseload_leaves USING btree (caseload_id);


--
-- Name: caseload_sanctions_caseload; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX caseload_sanctions_caseload ON public.caseload_sanctions USING btree (caseload_id);


--
-- Name: caseloads_assigned; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX caseloads_assigned ON public.caseloads USING btree (assigned_to, status);


--
-- Name: caseloads_open_due; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX caseloads_open_due ON public.caseloads USING btree (open_due);


--
-- Name: caseloads_resident; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX caseloads_resident ON public.caseloads USING btree (resident_id);


--
-- Name: caseloads_unit_due; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX caseloads_unit_due ON public.caseloads USING btree (unit_code, open_due);


--
-- Name: commitments_unit_year; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX commitments_unit_year ON public.commitments USING btree (unit_code, year);


--
-- Name: council_meetings_unit_held; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX council_meetings_unit_held ON public.council_meetings USING btree (unit_code, held_on);


--
-- Name: council_members_unit; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX council_members_unit ON public.council_members USING btree (unit_code, name);


--
-- Name: council_motions_meeting; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX council_motions_meeting ON public.council_motions USING btree (meeting_id);


--
-- Name: decision_comments_decision; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX decision_comments_decision ON public.decision_comments USING btree (decision_id, created_at);


--
-- Name: decision_events_decision_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX decision_events_decision_id ON public.decision_events USING btree (decision_id, at);


--
-- Name: decision_grids_grid; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX decision_grids_grid ON public.decision_grids USING btree (grid_code);


--
-- Name: decision_risks_decision; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX decision_risks_decision ON public.decision_risks USING btree (decision_id);


--
-- Name: decision_sessions_decision; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX decision_sessions_decision ON public.decision_sessions USING btree (decision_id, held_on);


--
-- Name: decision_surveys_decision; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX decision_surveys_decision ON public.decision_surveys USING btree (decision_id);


--
-- Name: decisions_open_due; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX decisions_open_due ON public.decisions USING btree (open_due);


--
-- Name: decisions_unit_created; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX decisions_unit_created ON public.decisions USING btree (unit_code, created_at);


--
-- Name: dispute_events_dispute_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX dispute_events_dispute_id ON public.dispute_events USING btree (dispute_id, at);


--
-- Name: dispute_figure_counts_level; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX dispute_figure_counts_level ON public.dispute_figure_counts USING btree (depth, type_code, unit_code, day, found, concluded, agreements, escalated);


--
-- Name: disputes_created; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX disputes_created ON public.disputes USING btree (created_at, id, unit_code);


--
-- Name: disputes_open_due; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX disputes_open_due ON public.disputes USING btree (open_due, id, unit_code, risk_level, created_at, type_code);


--
-- Name: disputes_type_created; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX disputes_type_created ON public.disputes USING btree (type_code, created_at, id, unit_code);


--
-- Name: disputes_type_open_due; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX disputes_type_open_due ON public.disputes USING btree (type_code, open_due, id, unit_code, risk_level);


--
-- Name: disputes_type_unit_created; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX disputes_type_unit_created ON public.disputes USING btree (type_code, unit_code, created_at);


--
-- Name: disputes_unit_created; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX disputes_unit_created ON public.disputes USING btree (unit_code, created_at, type_code, status, outcome, due_at, escalated_at);


--
-- Name: disputes_unit_open_due; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX disputes_unit_open_due ON public.disputes USING btree (unit_code, open_due);


--
-- Name: emergencies_occurred; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX emergencies_occurred ON public.emergencies USING btree (occurred_at);


--
-- Name: emergencies_open_due; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX emergencies_open_due ON public.emergencies USING btree (open_due);


--
-- Name: emergencies_unit_occurred; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX emergencies_unit_occurred ON public.emergencies USING btree (unit_code, occurred_at);


--
-- Name: emergency_events_emergency_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX emergency_events_emergency_id ON public.emergency_events USING btree (emergency_id, at);


--
-- Name: experts_unit_field; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX experts_unit_field ON public.experts USING btree (unit_code, field);


--
-- Name: grid_team_grid; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX grid_team_grid ON public.grid_team USING btree (grid_code);


--
-- Name: hazard_events_hazard_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hazard_events_hazard_id ON public.hazard_events USING btree (hazard_id, at);


--
-- Name: hazards_grid_created; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hazards_grid_created ON public.hazards USING btree (grid_code, created_at);


--
-- Name: hazards_open_due; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hazards_open_due ON public.hazards USING btree (open_due);


--
-- Name: household_members_household; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX household_members_household ON public.household_members USING btree (household_id);


--
-- Name: households_grid; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX households_grid ON public.households USING btree (grid_code);


--
-- Name: houses_grid; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX houses_grid ON public.houses USING btree (grid_code);


--
-- Name: houses_place; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX houses_place ON public.houses USING btree (building_code, unit, number);


--
-- Name: import_jobs_staff; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX import_jobs_staff ON public.import_jobs USING btree (staff_id, created_at);


--
-- Name: organisation_employees_pair; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX organisation_employees_pair ON public.organisation_employees USING btree (organisation_id, resident_id);


--
-- Name: organisation_employees_resident; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX organisation_employees_resident ON public.organisation_employees USING btree (resident_id);


--
-- Name: organisations_grid_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX organisations_grid_name ON public.organisations USING btree (grid_code, name);


--
-- Name: permits_grid_expiry; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX permits_grid_expiry ON public.residence_permits USING btree (grid_code, expires_on);


--
-- Name: permits_resident; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX permits_resident ON public.residence_permits USING btree (resident_id);


--
-- Name: petition_events_petition_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX petition_events_petition_id ON public.petition_events USING btree (petition_id, at);


--
-- Name: petition_handovers_waiting; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX petition_handovers_waiting ON public.petition_handovers USING btree (taken_at, handed_at);


--
-- Name: petition_reply_counts_level; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX petition_reply_counts_level ON public.petition_reply_counts USING btree (depth, unit_code);


--
-- Name: petitions_channel_owed_due; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX petitions_channel_owed_due ON public.petitions USING btree (channel, owed_due, id, unit_code);


--
-- Name: petitions_channel_received; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX petitions_channel_received ON public.petitions USING btree (channel, received_at, id, unit_code);


--
-- Name: petitions_owed_due; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX petitions_owed_due ON public.petitions USING btree (owed_due, id, unit_code);


--
-- Name: petitions_received; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX petitions_received ON public.petitions USING btree (received_at, id, unit_code);


--
-- Name: petitions_reply_due; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX petitions_reply_due ON public.petitions USING btree (reply_due_at);


--
-- Name: petitions_status_due; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX petitions_status_due ON public.petitions USING btree (status, due_at, id, unit_code);


--
-- Name: petitions_tracking_code; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX petitions_tracking_code ON public.petitions USING btree (tracking_code);


--
-- Name: petitions_unanswered_due; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX petitions_unanswered_due ON public.petitions USING btree (replied_at, reply_due_at, unit_code, channel);


--
-- Name: petitions_unit_owed_due; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX petitions_unit_owed_due ON public.petitions USING btree (unit_code, owed_due);


--
-- Name: petitions_unit_received; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX petitions_unit_received ON public.petitions USING btree (unit_code, received_at);


--
-- Name: point_accounts_card; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX point_accounts_card ON public.point_accounts USING btree (card_hash);


--
-- Name: point_accounts_unit; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX point_accounts_unit ON public.point_accounts USING btree (unit_code, resident_id);


--
-- Name: point_entries_once; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX point_entries_once ON public.point_entries USING btree (once_key);


--
-- Name: point_entries_resident; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX point_entries_resident ON public.point_entries USING btree (resident_id, entered_at);


--
-- Name: point_services_unit; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX point_services_unit ON public.point_services USING btree (unit_code);


--
-- Name: project_disclosures_period; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX project_disclosures_period ON public.project_disclosures USING btree (project_id, kind, period);


--
-- Name: project_events_round; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX project_events_round ON public.project_events USING btree (project_id, kind, round);


--
-- Name: project_ledger_project; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX project_ledger_project ON public.project_ledger USING btree (project_id, entry_on);


--
-- Name: projects_unit_started; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX projects_unit_started ON public.projects USING btree (unit_code, started_on);


--
-- Name: proposals_unit_created; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX proposals_unit_created ON public.proposals USING btree (unit_code, created_at);


--
-- Name: rate_limits_window; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX rate_limits_window ON public.rate_limits USING btree (window_start);


--
-- Name: reception_days_day; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX reception_days_day ON public.reception_days USING btree (day);


--
-- Name: rental_tenants_rental; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX rental_tenants_rental ON public.rental_tenants USING btree (rental_id, resident_id);


--
-- Name: rentals_grid_to; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX rentals_grid_to ON public.rentals USING btree (grid_code, to_on);


--
-- Name: resident_conflicts_unit; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX resident_conflicts_unit ON public.resident_conflicts USING btree (common_unit, created_at);


--
-- Name: residents_grid_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX residents_grid_name ON public.residents USING btree (grid_code, name);


--
-- Name: residents_grid_sealed_type; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX residents_grid_sealed_type ON public.residents USING btree (grid_code, sealed, population_type);


--
-- Name: residents_type_sealed_grid_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX residents_type_sealed_grid_name ON public.residents USING btree (population_type, sealed, grid_code, name);


--
-- Name: safety_agreements_grid_year; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX safety_agreements_grid_year ON public.safety_agreements USING btree (grid_code, year);


--
-- Name: screening_rounds_unit_level_period; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX screening_rounds_unit_level_period ON public.screening_rounds USING btree (unit_code, level, period_start);


--
-- Name: sessions_staff; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX sessions_staff ON public.sessions USING btree (staff_id);


--
-- Name: staff_unit; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX staff_unit ON public.staff USING btree (unit_code);


--
-- Name: star_households_grid_year; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX star_households_grid_year ON public.star_households USING btree (grid_code, year);


--
-- Name: units_level_bbox; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX units_level_bbox ON public.units USING btree (level, min_lon);


--
-- Name: units_level_code; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX units_level_code ON public.units USING btree (level, code);


--
-- Name: units_parent; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX units_parent ON public.units USING btree (parent_code);


--
-- Name: venue_inspections_venue; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX venue_inspections_venue ON public.venue_inspections USING btree (venue_id, inspected_on);


--
-- Name: venue_proposals_venue; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX venue_proposals_venue ON public.venue_proposals USING btree (venue_id);


--
-- Name: venues_grid_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX venues_grid_name ON public.venues USING btree (grid_code, name);


--
-- Name: visit_tasks_grid; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX visit_tasks_grid ON public.visit_tasks USING btree (grid_code, due_on);


--
-- Name: warnings_ends; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX warnings_ends ON public.warnings USING btree (ends_at);


--
-- Name: work_order_co_handlers_once; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX work_order_co_handlers_once ON public.work_order_co_handlers USING btree (work_order_id, unit);


--
-- Name: work_order_co_handlers_unit; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX work_order_co_handlers_unit ON public.work_order_co_handlers USING btree (unit, work_order_id);


--
-- Name: work_order_events_order; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX work_order_events_order ON public.work_order_events USING btree (work_order_id, at);


--
-- Name: work_order_extensions_one_pending; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX work_order_extensions_one_pending ON public.work_order_extensions USING btree (work_order_id, pending);


--
-- Name: work_orders_category_due; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX work_orders_category_due ON public.work_orders USING btree (category_code, due_at, id, grid_code);


--
-- Name: work_orders_category_open_due; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX work_orders_category_open_due ON public.work_orders USING btree (category_code, open_due, id, grid_code);


--
-- Name: work_orders_category_status_due; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX work_orders_category_status_due ON public.work_orders USING btree (category_code, status, due_at, id, grid_code);


--
-- Name: work_orders_category_supervised; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX work_orders_category_supervised ON public.work_orders USING btree (category_code, supervised_due, id, grid_code) WHERE (supervised_due IS NOT NULL);


--
-- Name: work_orders_due; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX work_orders_due ON public.work_orders USING btree (due_at, id, grid_code);


--
-- Name: work_orders_grid_status_due; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX work_orders_grid_status_due ON public.work_orders USING btree (grid_code, status, due_at, id);


--
-- Name: work_orders_open_due; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX work_orders_open_due ON public.work_orders USING btree (open_due, id, grid_code);


--
-- Name: work_orders_phone_created; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX work_orders_phone_created ON public.work_orders USING btree (contact_phone, created_at);


--
-- Name: work_orders_source_created; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX work_orders_source_created ON public.work_orders USING btree (source_client, created_at);


--
-- Name: work_orders_status_due; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX work_orders_status_due ON public.work_orders USING btree (status, due_at, id, grid_code);


--
-- Name: work_orders_supervised; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX work_orders_supervised ON public.work_orders USING btree (supervised_due, id, grid_code, category_code) WHERE (supervised_due IS NOT NULL);


--
-- Name: work_orders_tracking_code; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX work_orders_tracking_code ON public.work_orders USING btree (tracking_code);


--
-- Name: work_orders_unit_category_due; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX work_orders_unit_category_due ON public.work_orders USING btree (handling_unit, category_code, due_at, id, status);


--
-- Name: work_orders_unit_category_open_due; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX work_orders_unit_category_open_due ON public.work_orders USING btree (handling_unit, category_code, open_due, id, status);


--
-- Name: work_orders_unit_category_status_due; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX work_orders_unit_category_status_due ON public.work_orders USING btree (handling_unit, category_code, status, due_at, id);


--
-- Name: work_orders_unit_category_supervised; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX work_orders_unit_category_supervised ON public.work_orders USING btree (handling_unit, category_code, supervised_due, id, status) WHERE (supervised_due IS NOT NULL);


--
-- Name: work_orders_unit_due; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX work_orders_unit_due ON public.work_orders USING btree (handling_unit, due_at, id, status);


--
-- Name: work_orders_unit_open_due; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX work_orders_unit_open_due ON public.work_orders USING btree (handling_unit, open_due, id, status);


--
-- Name: work_orders_unit_status_due; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX work_orders_unit_status_due ON public.work_orders USING btree (handling_unit, status, due_at, id);


--
-- Name: work_orders_unit_supervised; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX work_orders_unit_supervised ON public.work_orders USING btree (handling_unit, supervised_due, id, status) WHERE (supervised_due IS NOT NULL);


--
-- Name: disputes_county; Type: STATISTICS; Schema: public; Owner: postgres
--

CREATE STATISTICS public.disputes_county ON substr(unit_code, 1, 6) FROM public.disputes;


ALTER STATISTICS public.disputes_county OWNER TO postgres;

--
-- Name: disputes_street; Type: STATISTICS; Schema: public; Owner: postgres
--

CREATE STATISTICS public.disputes_street ON substr(unit_code, 1, 9) FROM public.disputes;


ALTER STATISTICS public.disputes_street OWNER TO postgres;

--
-- Name: petitions_county; Type: STATISTICS; Schema: public; Owner: postgres
--

CREATE STATISTICS public.petitions_county ON substr(unit_code, 1, 6) FROM public.petitions;


ALTER STATISTICS public.petitions_county OWNER TO postgres;

--
-- Name: petitions_street; Type: STATISTICS; Schema: public; Owner: postgres
--

CREATE STATISTICS public.petitions_street ON substr(unit_code, 1, 9) FROM public.petitions;


ALTER STATISTICS public.petitions_street OWNER TO postgres;

--
-- Name: work_orders_county; Type: STATISTICS; Schema: public; Owner: postgres
--

CREATE STATISTICS public.work_orders_county ON substr(grid_code, 1, 6) FROM public.work_orders;


ALTER STATISTICS public.work_orders_county OWNER TO postgres;

--
-- Name: work_orders_street; Type: STATISTICS; Schema: public; Owner: postgres
--

CREATE STATISTICS public.work_orders_street ON substr(grid_code, 1, 9) FROM public.work_orders;


ALTER STATISTICS public.work_orders_street OWNER TO postgres;

--
-- Name: agreement_records agreement_records_agreement_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.agreement_records
    ADD CONSTRAINT agreement_records_agreement_id_fkey FOREIGN KEY (agreement_id) REFERENCES public.safety_agreements(id);


--
-- Name: aid_grants aid_grants_case_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.aid_grants
    ADD CONSTRAINT aid_grants_case_id_fkey FOREIGN KEY (case_id) REFERENCES public.backlog_cases(id);


--
-- Name: backlog_cases backlog_cases_petition_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.backlog_cases
    ADD CONSTRAINT backlog_cases_petition_id_fkey FOREIGN KEY (petition_id) REFERENCES public.petitions(id);


--
-- Name: backlog_meetings backlog_meetings_case_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.backlog_meetings
    ADD CONSTRAINT backlog_meetings_case_id_fkey FOREIGN KEY (case_id) REFERENCES public.backlog_cases(id);


--
-- Name: ballot_households ballot_households_ballot_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ballot_households
    ADD CONSTRAINT ballot_households_ballot_id_fkey FOREIGN KEY (ballot_id) REFERENCES public.ballots(id);


--
-- Name: caseload_contacts caseload_contacts_caseload_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.caseload_contacts
    ADD CONSTRAINT caseload_contacts_caseload_id_fkey FOREIGN KEY (caseload_id) REFERENCES public.caseloads(id);


--
-- Name: caseload_events caseload_events_caseload_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.caseload_events
    ADD CONSTRAINT caseload_events_caseload_id_fkey FOREIGN KEY (caseload_id) REFERENCES public.caseloads(id);


--
-- Name: caseload_leaves caseload_leaves_caseload_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.caseload_leaves
    ADD CONSTRAINT caseload_leaves_caseload_id_fkey FOREIGN KEY (caseload_id) REFERENCES public.caseloads(id);


--
-- Name: caseload_sanctions caseload_sanctions_caseload_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.caseload_sanctions
    ADD CONSTRAINT caseload_sanctions_caseload_id_fkey FOREIGN KEY (caseload_id) REFERENCES public.caseloads(id);


--
-- Name: council_motions council_motions_meeting_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.council_motions
    ADD CONSTRAINT council_motions_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES public.council_meetings(id);


--
-- Name: decision_comments decision_comments_decision_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.decision_comments
    ADD CONSTRAINT decision_comments_decision_id_fkey FOREIGN KEY (decision_id) REFERENCES public.decisions(id);


--
-- Name: decision_events decision_events_decision_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.decision_events
    ADD CONSTRAINT decision_events_decision_id_fkey FOREIGN KEY (decision_id) REFERENCES public.decisions(id);


--
-- Name: decision_experts decision_experts_decision_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.decision_experts
    ADD CONSTRAINT decision_experts_decision_id_fkey FOREIGN KEY (decision_id) REFERENCES public.decisions(id);


--
-- Name: decision_experts decision_experts_expert_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.decision_experts
    ADD CONSTRAINT decision_experts_expert_id_fkey FOREIGN KEY (expert_id) REFERENCES public.experts(id);


--
-- Name: decision_grids decision_grids_decision_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.decision_grids
    ADD CONSTRAINT decision_grids_decision_id_fkey FOREIGN KEY (decision_id) REFERENCES public.decisions(id);


--
-- Name: decision_links decision_links_decision_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.decision_links
    ADD CONSTRAINT decision_links_decision_id_fkey FOREIGN KEY (decision_id) REFERENCES public.decisions(id);


--
-- Name: decision_risks decision_risks_decision_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.decision_risks
    ADD CONSTRAINT decision_risks_decision_id_fkey FOREIGN KEY (decision_id) REFERENCES public.decisions(id);


--
-- Name: decision_sessions decision_sessions_decision_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.decision_sessions
    ADD CONSTRAINT decision_sessions_decision_id_fkey FOREIGN KEY (decision_id) REFERENCES public.decisions(id);


--
-- Name: decision_surveys decision_surveys_decision_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.decision_surveys
    ADD CONSTRAINT decision_surveys_decision_id_fkey FOREIGN KEY (decision_id) REFERENCES public.decisions(id);


--
-- Name: decision_visits decision_visits_decision_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.decision_visits
    ADD CONSTRAINT decision_visits_decision_id_fkey FOREIGN KEY (decision_id) REFERENCES public.decisions(id);


--
-- Name: dispute_events dispute_events_dispute_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.dispute_events
    ADD CONSTRAINT dispute_events_dispute_id_fkey FOREIGN KEY (dispute_id) REFERENCES public.disputes(id);


--
-- Name: dispute_parties dispute_parties_dispute_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.dispute_parties
    ADD CONSTRAINT dispute_parties_dispute_id_fkey FOREIGN KEY (dispute_id) REFERENCES public.disputes(id);


--
-- Name: emergency_events emergency_events_emergency_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.emergency_events
    ADD CONSTRAINT emergency_events_emergency_id_fkey FOREIGN KEY (emergency_id) REFERENCES public.emergencies(id);


--
-- Name: emergency_reports emergency_reports_emergency_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.emergency_reports
    ADD CONSTRAINT emergency_reports_emergency_id_fkey FOREIGN KEY (emergency_id) REFERENCES public.emergencies(id);


--
-- Name: grid_team grid_team_grid_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.grid_team
    ADD CONSTRAINT grid_team_grid_code_fkey FOREIGN KEY (grid_code) REFERENCES public.units(code);


--
-- Name: hazard_events hazard_events_hazard_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hazard_events
    ADD CONSTRAINT hazard_events_hazard_id_fkey FOREIGN KEY (hazard_id) REFERENCES public.hazards(id);


--
-- Name: hazard_photos hazard_photos_hazard_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hazard_photos
    ADD CONSTRAINT hazard_photos_hazard_id_fkey FOREIGN KEY (hazard_id) REFERENCES public.hazards(id);


--
-- Name: household_members household_members_household_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.household_members
    ADD CONSTRAINT household_members_household_id_fkey FOREIGN KEY (household_id) REFERENCES public.households(id);


--
-- Name: household_members household_members_resident_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.household_members
    ADD CONSTRAINT household_members_resident_id_fkey FOREIGN KEY (resident_id) REFERENCES public.residents(id);


--
-- Name: organisation_employees organisation_employees_organisation_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.organisation_employees
    ADD CONSTRAINT organisation_employees_organisation_id_fkey FOREIGN KEY (organisation_id) REFERENCES public.organisations(id);


--
-- Name: organisation_employees organisation_employees_resident_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.organisation_employees
    ADD CONSTRAINT organisation_employees_resident_id_fkey FOREIGN KEY (resident_id) REFERENCES public.residents(id);


--
-- Name: petition_events petition_events_petition_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.petition_events
    ADD CONSTRAINT petition_events_petition_id_fkey FOREIGN KEY (petition_id) REFERENCES public.petitions(id);


--
-- Name: petition_handovers petition_handovers_work_order_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.petition_handovers
    ADD CONSTRAINT petition_handovers_work_order_id_fkey FOREIGN KEY (work_order_id) REFERENCES public.work_orders(id);


--
-- Name: plan_signatures plan_signatures_member_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.plan_signatures
    ADD CONSTRAINT plan_signatures_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.council_members(id);


--
-- Name: plan_signatures plan_signatures_project_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.plan_signatures
    ADD CONSTRAINT plan_signatures_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.projects(id);


--
-- Name: point_entries point_entries_resident_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.point_entries
    ADD CONSTRAINT point_entries_resident_id_fkey FOREIGN KEY (resident_id) REFERENCES public.point_accounts(resident_id);


--
-- Name: project_disclosures project_disclosures_project_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.project_disclosures
    ADD CONSTRAINT project_disclosures_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.projects(id);


--
-- Name: project_events project_events_project_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.project_events
    ADD CONSTRAINT project_events_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.projects(id);


--
-- Name: project_ledger project_ledger_project_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.project_ledger
    ADD CONSTRAINT project_ledger_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.projects(id);


--
-- Name: reception_cases reception_cases_petition_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.reception_cases
    ADD CONSTRAINT reception_cases_petition_id_fkey FOREIGN KEY (petition_id) REFERENCES public.petitions(id);


--
-- Name: reception_cases reception_cases_reception_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.reception_cases
    ADD CONSTRAINT reception_cases_reception_id_fkey FOREIGN KEY (reception_id) REFERENCES public.reception_days(id);


--
-- Name: rental_tenants rental_tenants_rental_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.rental_tenants
    ADD CONSTRAINT rental_tenants_rental_id_fkey FOREIGN KEY (rental_id) REFERENCES public.rentals(id);


--
-- Name: rental_tenants rental_tenants_resident_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.rental_tenants
    ADD CONSTRAINT rental_tenants_resident_id_fkey FOREIGN KEY (resident_id) REFERENCES public.residents(id);


--
-- Name: rentals rentals_house_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.rentals
    ADD CONSTRAINT rentals_house_id_fkey FOREIGN KEY (house_id) REFERENCES public.houses(id);


--
-- Name: residence_permits residence_permits_resident_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.residence_permits
    ADD CONSTRAINT residence_permits_resident_id_fkey FOREIGN KEY (resident_id) REFERENCES public.residents(id);


--
-- Name: screening_reports screening_reports_round_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.screening_reports
    ADD CONSTRAINT screening_reports_round_id_fkey FOREIGN KEY (round_id) REFERENCES public.screening_rounds(id);


--
-- Name: sessions sessions_staff_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_staff_id_fkey FOREIGN KEY (staff_id) REFERENCES public.staff(id);


--
-- Name: venue_inspections venue_inspections_venue_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.venue_inspections
    ADD CONSTRAINT venue_inspections_venue_id_fkey FOREIGN KEY (venue_id) REFERENCES public.venues(id);


--
-- Name: venue_proposals venue_proposals_inspection_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.venue_proposals
    ADD CONSTRAINT venue_proposals_inspection_id_fkey FOREIGN KEY (inspection_id) REFERENCES public.venue_inspections(id);


--
-- Name: venue_proposals venue_proposals_venue_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.venue_proposals
    ADD CONSTRAINT venue_proposals_venue_id_fkey FOREIGN KEY (venue_id) REFERENCES public.venues(id);


--
-- Name: visit_tasks visit_tasks_caseload_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.visit_tasks
    ADD CONSTRAINT visit_tasks_caseload_id_fkey FOREIGN KEY (caseload_id) REFERENCES public.caseloads(id);


--
-- Name: warning_units warning_units_warning_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.warning_units
    ADD CONSTRAINT warning_units_warning_id_fkey FOREIGN KEY (warning_id) REFERENCES public.warnings(id);


--
-- Name: work_order_co_handlers work_order_co_handlers_work_order_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.work_order_co_handlers
    ADD CONSTRAINT work_order_co_handlers_work_order_id_fkey FOREIGN KEY (work_order_id) REFERENCES public.work_orders(id);


--
-- Name: work_order_events work_order_events_work_order_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.work_order_events
    ADD CONSTRAINT work_order_events_work_order_id_fkey FOREIGN KEY (work_order_id) REFERENCES public.work_orders(id);


--
-- Name: work_order_extensions work_order_extensions_work_order_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.work_order_extensions
    ADD CONSTRAINT work_order_extensions_work_order_id_fkey FOREIGN KEY (work_order_id) REFERENCES public.work_orders(id);


--
-- PostgreSQL database dump complete
--

\unrestrict rTcqqyzfuWPbifERhoRYAikK6Ue3gRDGVRFy11m4WXjkOCuPSdRhR5ZBbr393cj

