from datetime import date, timedelta

from coordinator.db.queries.events import events_between
from coordinator.db.queries.planner import plan_projects, plannable_projects, propose, save_plan
from coordinator.db.queries.scheduling import findings_between
from coordinator.db.store import Store
from coordinator.domain.planner import PlanRequest


def test_plan_the_demo_mission_again_and_save_it(demo_store: Store) -> None:
    choices = plannable_projects(demo_store)
    assert len(choices) == 4
    projects = plan_projects(demo_store, [c.id for c in choices])
    assert sum(len(p.volunteers) for p in projects) == 14
    request = PlanRequest(
        tuple(projects), date(2026, 4, 6), date(2026, 4, 28), 2, timedelta(hours=2)
    )
    plan = propose(demo_store, request)
    assert len(plan.sessions) + len(plan.unplaced) == 4 * 2 * 4  # 4 weeks, 2 a week
    # The last week has one working day (27/4 is the Giỗ Tổ day off), so one session each.
    assert {(u.week, u.reason) for u in plan.unplaced} == {(date(2026, 4, 27), "no_working_day")}
    assert len(plan.sessions) == 28
    before = len(events_between(demo_store, date(2026, 4, 6), date(2026, 4, 28)))
    ids = save_plan(demo_store, plan, "Tư vấn %1: %2")
    assert len(ids) == len(plan.sessions)
    after = events_between(demo_store, date(2026, 4, 6), date(2026, 4, 28))
    assert len(after) == before + len(ids)
    found = findings_between(demo_store, date(2026, 4, 6), date(2026, 4, 28))
    assert not any(f.blocking for _, f in found)
