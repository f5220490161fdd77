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
    first, last = date(2013, 4, 3), date(2013, 4, 28)
    request = PlanRequest(tuple(projects), first, last, 2, timedelta(hours=2))
    plan = propose(demo_store, request)
    # Four weeks, two a week each, around the demo's own sessions and meetings.
    assert len(plan.sessions) == 4 * 2 * 4 and plan.unplaced == []
    days = {s.starts.date() for s in plan.sessions}
    assert all(first <= d <= last and d.weekday() < 5 for d in days)
    assert date(2013, 4, 19) not in days  # Giỗ Tổ Hùng Vương
    before = len(events_between(demo_store, first, last))
    ids = save_plan(demo_store, plan, "Tư vấn %1: %2")
    assert len(ids) == len(plan.sessions)
    after = events_between(demo_store, first, last)
    assert len(after) == before + len(ids)
    found = findings_between(demo_store, first, last)
    assert not any(f.blocking for _, f in found)
